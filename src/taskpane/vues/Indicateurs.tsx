import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useMemo } from "react";
import { indicateursParOnglet } from "../../use-cases/vue-indicateurs";
import { useAnalyse } from "../etat/session";
import { T } from "../textes";
import { CarteIndicateur } from "./CarteIndicateur";
import { colonne, TITRE_VUE } from "../composants/styles";

const useStyles = makeStyles({
  racine: colonne(tokens.spacingVerticalM),
  titre: TITRE_VUE,
  famille: {
    margin: `${tokens.spacingVerticalS} 0 0 0`,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  liste: { listStyleType: "none", margin: 0, padding: 0 },
});

/** Indicateurs : groupés par onglet puis par famille, valeurs fr-FR, explication, seuils. */
export function Indicateurs() {
  const s = useStyles();
  const { analyse } = useAnalyse();
  const groupes = useMemo(() => indicateursParOnglet(analyse), [analyse]);
  if (groupes.length === 0) return <Text>{T.indicateurs.aucun}</Text>;
  return (
    <div className={s.racine}>
      <h2 className={s.titre}>{T.indicateurs.titre}</h2>
      <Accordion multiple collapsible defaultOpenItems={groupes[0] ? [groupes[0].nom] : []}>
        {groupes.map((g) => {
          const n = g.familles.reduce((x, f) => x + f.indicateurs.length, 0);
          return (
            <AccordionItem key={g.sheetId ?? g.nom} value={g.nom}>
              <AccordionHeader as="h3">
                {g.nom} — {T.indicateurs.compte(n)}
              </AccordionHeader>
              <AccordionPanel>
                {g.familles.map((f) => (
                  <div key={f.cle}>
                    <h4 className={s.famille}>{f.libelle ?? T.indicateurs.autres}</h4>
                    <ul className={s.liste}>
                      {f.indicateurs.map((i) => (
                        <CarteIndicateur key={i.cle} item={i} />
                      ))}
                    </ul>
                  </div>
                ))}
              </AccordionPanel>
            </AccordionItem>
          );
        })}
      </Accordion>
    </div>
  );
}
