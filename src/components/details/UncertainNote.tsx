/** The flag every uncertain fact carries in the data, shown with its reasoning. */
export function UncertainNote({ text }: { text: string | undefined }) {
  if (!text) return null;
  return (
    <p className="uncertain">
      <span className="badge badge-uncertain">Uncertain</span> {text}
    </p>
  );
}
