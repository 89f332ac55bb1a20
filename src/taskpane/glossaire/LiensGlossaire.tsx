import { Link, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import { termesDans } from "../../domain/glossaire";
import { TF } from "../formateur/textes";
import { useGlossaire } from "./contexte";

const useStyles = makeStyles({
  ligne: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "baseline",
  },
  secondaire: { color: tokens.colorNeutralForeground2 },
});

/** « Voir dans le glossaire : CAF, FRNG » pour les termes présents dans `texte` (rien sinon). */
export function LiensGlossaire({ texte }: { readonly texte: string }) {
  const s = useStyles();
  const { ouvrir } = useGlossaire();
  const termes = useMemo(() => termesDans(texte), [texte]);
  if (termes.length === 0) return null;
  return (
    <div className={s.ligne}>
      <Text size={200} className={s.secondaire}>
        {TF.voir}
      </Text>
      {termes.map((t) => (
        <Link
          key={t.id}
          as="button"
          inline
          aria-label={TF.voirTerme(t.terme)}
          // Après le clic : sinon le dialogue, monté pendant l'événement, naît masqué (aria-hidden).
          onClick={() => setTimeout(() => ouvrir(t.terme), 0)}
        >
          <Text size={200}>{t.terme}</Text>
        </Link>
      ))}
    </div>
  );
}
