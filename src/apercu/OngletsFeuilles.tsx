import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { EtatHote } from "../gateway/host-simule";
import { TA } from "./textes";

const useStyles = makeStyles({
  liste: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalXXS,
    rowGap: tokens.spacingVerticalXXS,
    listStyleType: "none",
    margin: 0,
    padding: 0,
  },
});

/** Onglets des feuilles visibles (comme en bas de la fenêtre d'Excel) ; clic = activer. */
export function OngletsFeuilles({ etat }: { readonly etat: EtatHote }) {
  const s = useStyles();
  const feuilles = etat.feuilles().filter((f) => f.visibility === "Visible");
  return (
    <nav aria-label={TA.feuilles}>
      <ul className={s.liste}>
        {feuilles.map((f) => (
          <li key={f.id}>
            <Button
              size="small"
              appearance={f.active ? "primary" : "secondary"}
              aria-current={f.active ? "page" : undefined}
              onClick={() => etat.activer(f.id)}
            >
              {f.name}
            </Button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
