interface NumberSelectProps {
  label: string;
  value: number;
  /** Lowest and highest choice. */
  range: readonly [number, number];
  onChange: (value: number) => void;
}

/** A small labelled choice of a whole number (levels, alternatives): a select never holds an invalid value. */
export function NumberSelect({ label, value, range: [lowest, highest], onChange }: NumberSelectProps) {
  return (
    <label className="analysis-number">
      {label}
      <select value={value} onChange={(event) => onChange(Number(event.target.value))}>
        {Array.from({ length: highest - lowest + 1 }, (_, index) => lowest + index).map((choice) => (
          <option key={choice} value={choice}>
            {choice}
          </option>
        ))}
      </select>
    </label>
  );
}
