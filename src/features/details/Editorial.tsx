import type { EditorialClause } from '../../domain/graph/editorial';
import type { Translator } from '../../store/i18n';

const KNOWN_FIELDS = ['type', 'sector', 'segment', 'award_level', 'awards', 'locality'] as const;
type KnownField = (typeof KNOWN_FIELDS)[number];

const fieldLabel = ({ t }: Translator, field: string): string =>
  (KNOWN_FIELDS as readonly string[]).includes(field) ? t(`editorial.field.${field as KnownField}`) : field;

/** The small tag beside a value that is an editorial reading. */
export function EditorialMark({ translator }: { translator: Translator }) {
  const { t } = translator;
  return (
    <span className="editorial-mark" role="note" aria-label={t('editorial.markLabel')}>
      {t('editorial.mark')}
    </span>
  );
}

/** What the row says is its compiler's reading rather than the source's statement, field by field. */
export function EditorialNotes({
  clauses,
  translator,
}: {
  clauses: readonly EditorialClause[];
  translator: Translator;
}) {
  const { t } = translator;
  if (clauses.length === 0) return null;
  return (
    <section className="editorial" aria-label={t('editorial.title')}>
      <h3>{t('editorial.title')}</h3>
      <p className="editorial-hint">{t('editorial.hint')}</p>
      <dl>
        {clauses.map((clause, index) => (
          <div key={index}>
            <dt>
              {clause.fields.length === 0
                ? t('editorial.field.row')
                : clause.fields.map((field) => fieldLabel(translator, field)).join('、')}
            </dt>
            <dd>{clause.note}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
