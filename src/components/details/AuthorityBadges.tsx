/** Compact badges for the authorities that list an entity, e.g. `US BIS` `US OFAC`. */
export function AuthorityBadges({ authorities }: { authorities: readonly string[] }) {
  if (authorities.length === 0) return null;
  return (
    <ul className="authority-badges" aria-label="Listed by">
      {authorities.map((a) => (
        <li key={a} className="badge badge-authority">
          {a}
        </li>
      ))}
    </ul>
  );
}
