import { useEffect, type ReactNode } from 'react';

/**
 * A dialog over the page: named for screen readers and tests by `label`, closed by Escape (which
 * calls `onCancel`, the same as the dialog's own Cancel button).
 */
export function Modal({ label, onCancel, children, wide = false }: { label: string; onCancel: () => void; children: ReactNode; wide?: boolean }) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && onCancel();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onCancel]);
  return (
    <div className="modal-backdrop">
      <div role="dialog" aria-modal="true" aria-label={label} className={wide ? 'modal wide' : 'modal'}>
        {children}
      </div>
    </div>
  );
}
