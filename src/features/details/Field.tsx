/** One row of a details list: its label, its value, and a mark beside the value (an editorial reading). */
export function Field({
  label,
  children,
  mark,
}: {
  label: string;
  children: React.ReactNode;
  mark?: React.ReactNode;
}) {
  return (
    <>
      <dt>{label}</dt>
      <dd>
        {children}
        {mark}
      </dd>
    </>
  );
}
