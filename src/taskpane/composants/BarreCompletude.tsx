import { ProgressBar, Text, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  racine: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  detail: { color: tokens.colorNeutralForeground2 },
});

export interface ProprietesBarre {
  /** Nom accessible de la barre (« Complétude de l'onglet Annexe 1 »). */
  readonly libelle: string;
  /** Part renseignée, de 0 à 1 ; `null` = rien à compter. */
  readonly taux: number | null;
  /** Texte sous la barre (« 3 cellules à compléter »). */
  readonly detail: string;
}

/** Barre de complétude (ProgressBar Fluent) et son détail, lus ensemble par un lecteur d'écran. */
export function BarreCompletude({ libelle, taux, detail }: ProprietesBarre) {
  const s = useStyles();
  const complet = taux !== null && taux >= 1;
  return (
    <div className={s.racine}>
      <ProgressBar
        aria-label={libelle}
        aria-valuetext={detail}
        value={taux ?? 0}
        max={1}
        thickness="large"
        color={complet ? "success" : "brand"}
      />
      <Text size={200} className={s.detail}>
        {detail}
      </Text>
    </div>
  );
}
