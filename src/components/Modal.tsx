import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A dialog over the page: named for screen readers and tests by `label`, closed by Escape (which
 * calls `onCancel`, the same as the dialog's own Cancel button). Keyboard focus moves into the dialog
 * when it opens and returns to where it was when it closes.
 */
export function Modal({
  label,
  onCancel,
  children,
  wide = false,
}: {
  label: string;
  onCancel: () => void;
  children: ReactNode;
  wide?: boolean;
}) {
  const dialog = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && onCancel();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onCancel]);
  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.current?.focus();
    return () => before?.focus();
  }, []);
  return (
    <div className="modal-backdrop">
      <div
        ref={dialog}
        tabIndex={-1}
        role="dialog"
        aria-modal="true"
        aria-label={label}
        className={wide ? 'modal wide' : 'modal'}
      >
        {children}
      </div>
    </div>
  );
}
