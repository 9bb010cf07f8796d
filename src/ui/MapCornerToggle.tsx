/** A pressed/unpressed button over the map's top right corner (the table, the map in words). */
export function MapCornerToggle({
  pressed,
  onToggle,
  label,
  hint,
  className,
}: {
  pressed: boolean;
  onToggle: (pressed: boolean) => void;
  label: string;
  hint: string;
  className: string;
}) {
  return (
    <button
      type="button"
      className={`button map-corner-toggle ${className}`}
      aria-pressed={pressed}
      title={hint}
      onClick={() => onToggle(!pressed)}
    >
      {label}
    </button>
  );
}
