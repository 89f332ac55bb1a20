import { Skeleton, SkeletonItem, Text, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  racine: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  ligne: { display: "grid", gridTemplateColumns: "1fr", rowGap: tokens.spacingVerticalXS },
});

/**
 * Squelette d'une partie du volet en cours de chargement (morceau webpack chargé à la demande,
 * ADR 0013) : un texte français annoncé poliment (`role="status"`), la zone marquée occupée
 * (`aria-busy`), des lignes grises décoratives cachées aux lecteurs d'écran.
 */
export function Squelette({
  texte,
  lignes = 4,
}: {
  readonly texte: string;
  readonly lignes?: number;
}) {
  const s = useStyles();
  return (
    <div className={s.racine} aria-busy="true">
      <Text role="status">{texte}</Text>
      <Skeleton aria-hidden="true">
        {Array.from({ length: lignes }, (_, i) => (
          <div key={i} className={s.ligne}>
            <SkeletonItem size={16} />
            <SkeletonItem size={8} />
          </div>
        ))}
      </Skeleton>
    </div>
  );
}
