#pragma once
class HeaderSession {
public:
  void add(int v);
};
