-- Drives Neovim's built-in LSP client as a user would, in the file given on
-- the command line: wait for static-state-lsp's diagnostic, put the cursor on
-- it, ask for code actions (vim.lsp.buf.code_action, the user picking the
-- "Fix:" one), check the buffer, :write, and wait for the diagnostic to go.
-- Then the same in a header whose fix also edits the source (:wall).
-- Results go to $NVIM_TEST_OUT, one line each; any failure ends with :cquit.
local lines = {}
local function say(s)
  table.insert(lines, s)
  vim.fn.writefile(lines, os.getenv('NVIM_TEST_OUT'))
end
local function fail(s)
  say('FAIL: ' .. s)
  vim.cmd('cquit 1')
end

local function ours(bufnr)
  return vim.tbl_filter(function(d)
    return d.code == 'static-state-written-by-instance'
  end, vim.diagnostic.get(bufnr))
end

local function wait_for(what, timeout, predicate)
  if not vim.wait(timeout, predicate, 50) then
    fail('timed out waiting for ' .. what)
  end
end

local function fix(bufnr)
  local d = ours(bufnr)[1]
  say(string.format('diagnostic: %d:%d %s', d.lnum + 1, d.col + 1, d.message))
  vim.api.nvim_win_set_cursor(0, { d.lnum + 1, d.col })
  local offered
  vim.ui.select = function(items, opts, on_choice)
    offered = vim.tbl_map(function(item) return opts.format_item(item) end, items)
    for _, item in ipairs(items) do
      if item[2].title:match('^Fix:') then return on_choice(item) end
    end
    on_choice(nil)
  end
  local before = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
  vim.lsp.buf.code_action()
  wait_for('the edit', 10000, function()
    return not vim.deep_equal(before, vim.api.nvim_buf_get_lines(bufnr, 0, -1, false))
  end)
  say('offered: ' .. table.concat(offered, ' | '))
end

local function text(bufnr)
  return table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), '\n')
end

-- One file.
local buf = vim.api.nvim_get_current_buf()
wait_for('the diagnostic', 25000, function() return #ours(buf) > 0 end)
local related = ours(buf)[1].user_data.lsp.relatedInformation or {}
say('related: ' .. #related .. ' ' .. (related[1] and related[1].message or ''))
fix(buf)
say('static in buffer: ' .. tostring(text(buf):find('static') ~= nil))
vim.cmd('write')
wait_for('the diagnostic to go', 25000, function() return #ours(buf) == 0 end)
say('after write: ' .. #ours(buf) .. ' diagnostics; file has static: '
    .. tostring(table.concat(vim.fn.readfile(vim.api.nvim_buf_get_name(buf)), '\n'):find('static') ~= nil))

-- A header and its source: the finding is in api.h, the fix edits both.
vim.cmd('edit api.cpp')
local source = vim.api.nvim_get_current_buf()
vim.cmd('edit api.h')
local header = vim.api.nvim_get_current_buf()
wait_for('the header diagnostic', 25000, function() return #ours(header) > 0 end)
fix(header)
wait_for('the source edit', 5000, function() return vim.api.nvim_buf_get_option(source, 'modified') end)
say('static in header: ' .. tostring(text(header):find('static') ~= nil)
    .. '; source changed: ' .. tostring(vim.api.nvim_buf_get_option(source, 'modified')))
vim.cmd('wall')
wait_for('the header diagnostic to go', 25000, function() return #ours(header) == 0 end)
say('after wall: ' .. #ours(header) .. ' diagnostics')
say('done')
vim.cmd('qall!')
