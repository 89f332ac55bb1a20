import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { DocumentAddRegular, OpenRegular } from "@fluentui/react-icons";
import { useMemo } from "react";
import { fichesPresentes } from "../../use-cases/vue-fiches";
import { useAnalyse } from "../etat/session";
import { T } from "../textes";
import { NouvelleFiche } from "./NouvelleFiche";
import { colonne, TITRE_VUE } from "../composants/styles";

const useStyles = makeStyles({
  racine: colonne(tokens.spacingVerticalL),
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  titre: TITRE_VUE,
  aide: { color: tokens.colorNeutralForeground2 },
  liste: { listStyleType: "none", margin: 0, padding: 0 },
  fiche: { justifyContent: "flex-start", textAlign: "left" },
  bouton: { alignSelf: "flex-start" },
});

/** Fiches-objectifs : générer les 6 fiches socle, ajouter une fiche, liste des fiches. */
export function Fiches() {
  const s = useStyles();
  const { session, etat, analyse } = useAnalyse();
  const fiches = useMemo(() => fichesPresentes(analyse), [analyse]);
  return (
    <div className={s.racine}>
      <section className={s.section} aria-labelledby="fiches-titre">
        <h2 id="fiches-titre" className={s.titre}>
          {T.fiches.titre}
        </h2>
        <Button
          className={s.bouton}
          appearance="primary"
          icon={<DocumentAddRegular />}
          disabledFocusable={etat.action !== null}
          onClick={() => void session.genererFichesSocle()}
        >
          {T.fiches.socle}
        </Button>
        <Text size={200} className={s.aide}>
          {T.fiches.socleAide}
        </Text>
      </section>
      <section className={s.section} aria-labelledby="fiches-nouvelle">
        <h2 id="fiches-nouvelle" className={s.titre}>
          {T.fiches.nouvelle}
        </h2>
        <NouvelleFiche />
      </section>
      <section className={s.section} aria-labelledby="fiches-presentes">
        <h2 id="fiches-presentes" className={s.titre}>
          {T.fiches.presentes}
        </h2>
        {fiches.length === 0 ? (
          <Text>{T.fiches.aucune}</Text>
        ) : (
          <ul className={s.liste}>
            {fiches.map((f) => (
              <li key={f.sheetId}>
                <Button
                  className={s.fiche}
                  appearance="transparent"
                  icon={<OpenRegular />}
                  onClick={() =>
                    void session.allerA({ sheetId: f.sheetId, sheetName: f.nom, row: 0, col: 0 })
                  }
                >
                  {T.fiches.fiche(f.numero, f.intitule)}
                </Button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
