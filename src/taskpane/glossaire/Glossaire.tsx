import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  SearchBox,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useId, useState } from "react";
import { chercherTermes } from "../../domain/glossaire";
import { TF } from "../formateur/textes";

const useStyles = makeStyles({
  liste: { listStyleType: "none", margin: 0, padding: 0, maxHeight: "55vh", overflowY: "auto" },
  terme: {
    padding: `${tokens.spacingVerticalS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  nom: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  source: { color: tokens.colorNeutralForeground2 },
  recherche: { width: "100%", maxWidth: "100%" },
});

export interface ProprietesGlossaire {
  readonly requeteInitiale: string;
  readonly onFermer: () => void;
}

/** Glossaire cherchable (dialogue modal : focus gardé, Échap ferme) ; nombre de résultats annoncé. */
export function Glossaire({ requeteInitiale, onFermer }: ProprietesGlossaire) {
  const s = useStyles();
  const [q, setQ] = useState(requeteInitiale);
  const idCompte = useId();
  const termes = chercherTermes(q);
  return (
    <Dialog open modalType="modal" onOpenChange={(_, d) => !d.open && onFermer()}>
      <DialogSurface aria-describedby={idCompte}>
        <DialogBody>
          <DialogTitle>{TF.glossaireTitre}</DialogTitle>
          <DialogContent>
            <SearchBox
              className={s.recherche}
              aria-label={TF.chercher}
              placeholder={TF.chercher}
              value={q}
              onChange={(_, d) => setQ(d.value)}
            />
            <Text id={idCompte} as="p" block size={200} aria-live="polite">
              {termes.length === 0 ? TF.aucunTerme(q) : TF.nbTermes(termes.length)}
            </Text>
            <ul className={s.liste} aria-label={TF.glossaire}>
              {termes.map((t) => (
                <li key={t.id} id={`glossaire-${t.id}`} className={s.terme}>
                  <h3 className={s.nom}>
                    {t.terme}
                    {t.developpe ? ` — ${t.developpe}` : ""}
                  </h3>
                  <Text as="p" block size={200}>
                    {t.definition}
                  </Text>
                  <Text as="p" block size={100} className={s.source}>
                    {TF.source(t.source)}
                  </Text>
                </li>
              ))}
            </ul>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onFermer}>
              {TF.fermer}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
