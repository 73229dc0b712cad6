;;; Drives Emacs eglot (Debian's elpa-eglot) as a user would, after the
;;; configuration from docs/integrations.md: open shared.cpp, wait for
;;; static-state-lsp's diagnostic in flymake, run the quickfix code action at it
;;; (C-u M-x eglot-code-actions, kind "quickfix"), check the buffer, save, wait
;;; for the diagnostic to go; then a header whose fix also edits the source.
;;; Results go to $EGLOT_TEST_OUT, one line each; a failure exits with 1.
(require 'eglot)
(require 'cl-lib)

(defvar test-out (getenv "EGLOT_TEST_OUT"))
(defun say (fmt &rest args)
  (append-to-file (concat (apply #'format fmt args) "\n") nil test-out))
(defun fail (msg) (say "FAIL: %s" msg) (kill-emacs 1))

;; Batch Emacs has no command loop and no redisplay: run the hooks they would
;; run while waiting (eglot-ensure connects from post-command-hook, flymake
;; starts from it or from window-configuration-change-hook).
(defun pump ()
  (accept-process-output nil 0.05)
  (run-hooks 'post-command-hook 'window-configuration-change-hook))
(defun wait-for (what secs pred)
  (let ((deadline (+ (float-time) secs)))
    (while (and (not (funcall pred)) (< (float-time) deadline)) (pump))
    (unless (funcall pred) (fail (format "timed out waiting for %s" what)))))

(defun ours ()
  (cl-remove-if-not
   (lambda (d) (string-match-p "static-state-written-by-instance" (flymake-diagnostic-text d)))
   (flymake-diagnostics)))

(defun fix-here ()
  (let ((d (car (ours))))
    (say "diagnostic: %s" (car (split-string (flymake-diagnostic-text d) ";")))
    (goto-char (flymake-diagnostic-beg d))
    ;; The user picks the preferred action if several are offered (eglot 1.9
    ;; passes no default: the first entry, the warning's own fix, is it).
    (cl-letf (((symbol-function 'completing-read)
               (lambda (_prompt items &optional _p _r _i _h default &rest _)
                 (or default
                     (let ((first (car items))) (if (consp first) (car first) first))))))
      ;; A keyboard event, so that eglot asks completing-read, not a menu.
      (let ((last-nonmenu-event ?\r))
        (eglot-code-actions (point) (point) "quickfix" t)))))

(defun has-static () (and (string-match-p "static" (buffer-string)) t))

;; A project rooted here, so that eglot asks nothing.
(add-hook 'project-find-functions (lambda (_dir) (cons 'transient default-directory)))

(find-file "shared.cpp")
(run-hooks 'post-command-hook)
(say "mode: %s, managed by eglot: %s" major-mode (eglot-managed-p))
(wait-for "the diagnostic" 25 #'ours)
(say "notes in the message: %s"
     (and (string-match-p "note: grown here" (flymake-diagnostic-text (car (ours)))) t))
(fix-here)
(say "static in buffer: %s" (has-static))
(save-buffer)
(wait-for "the diagnostic to go" 25 (lambda () (null (ours))))
(say "after save: %d diagnostics" (length (ours)))

(find-file "api.cpp")
(run-hooks 'post-command-hook)
(defvar source (current-buffer))
(find-file "api.h")
(run-hooks 'post-command-hook)
(wait-for "the header diagnostic" 25 #'ours)
(fix-here)
(say "static in header: %s; source changed: %s" (has-static) (buffer-modified-p source))
(save-some-buffers t)
(wait-for "the header diagnostic to go" 25 (lambda () (null (ours))))
(say "after saving both: %d diagnostics" (length (ours)))
(say "done")
(kill-emacs 0)
