import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { indicateursParOnglet } from "../../use-cases/vue-indicateurs";
import { colonne, TITRE_VUE } from "../composants/styles";
import { useAnalyse } from "../etat/session";
import { T } from "../textes";
import { CarteIndicateur } from "./CarteIndicateur";
import { FiltresIndicateurs } from "./FiltresIndicateurs";
import {
  choixEsms,
  choixOnglets,
  filtrerIndicateurs,
  SANS_FILTRE,
  type FiltresIndicateurs as Filtres,
} from "./indicateurs-filtres";

const useStyles = makeStyles({
  racine: colonne(tokens.spacingVerticalM),
  titre: TITRE_VUE,
  liste: { listStyleType: "none", margin: 0, padding: 0 },
  esms: { paddingLeft: tokens.spacingHorizontalS },
});

/**
 * Indicateurs : groupés par onglet puis par ESMS (ou périmètre), tous repliés au départ ;
 * filtres onglet, ESMS, « en alerte » (un filtre actif déplie ce qu'il garde).
 */
export function Indicateurs() {
  const s = useStyles();
  const { analyse } = useAnalyse();
  const groupes = useMemo(() => indicateursParOnglet(analyse), [analyse]);
  const [filtres, setFiltres] = useState<Filtres>(SANS_FILTRE);
  const onglets = useMemo(() => choixOnglets(groupes), [groupes]);
  const esms = useMemo(() => choixEsms(groupes, filtres.onglet), [groupes, filtres.onglet]);
  const affiches = useMemo(() => filtrerIndicateurs(groupes, filtres), [groupes, filtres]);
  if (groupes.length === 0) return <Text>{T.indicateurs.aucun}</Text>;
  const actif = filtres.onglet !== "" || filtres.esms !== "" || filtres.enAlerte;
  // Un filtre déplie les onglets gardés ; les ESMS seulement pour « un ESMS » ou « en alerte ».
  const detail = filtres.esms !== "" || filtres.enAlerte;
  const ouverts = (cles: readonly string[], si: boolean) => (si ? [...cles] : []);
  return (
    <div className={s.racine}>
      <h2 className={s.titre}>{T.indicateurs.titre}</h2>
      <FiltresIndicateurs valeur={filtres} onglets={onglets} esms={esms} onChange={setFiltres} />
      <Text size={200} aria-live="polite">
        {T.indicateurs.resultat(
          affiches.reduce((n, g) => n + g.total, 0),
          affiches.reduce((n, g) => n + g.enAlerte, 0),
        )}
      </Text>
      <Accordion
        key={JSON.stringify(filtres)}
        multiple
        collapsible
        defaultOpenItems={ouverts(
          affiches.map((g) => g.cle),
          actif,
        )}
      >
        {affiches.map((g) => (
          <AccordionItem key={g.cle} value={g.cle}>
            <AccordionHeader as="h3">
              {g.nom} — {T.indicateurs.compteAlertes(g.total, g.enAlerte)}
            </AccordionHeader>
            <AccordionPanel>
              <Accordion
                multiple
                collapsible
                className={s.esms}
                defaultOpenItems={ouverts(
                  g.esms.map((e) => e.cle),
                  detail,
                )}
              >
                {g.esms.map((e) => (
                  <AccordionItem key={e.cle} value={e.cle}>
                    <AccordionHeader as="h4" size="small">
                      {e.libelle} — {T.indicateurs.compteAlertes(e.indicateurs.length, e.enAlerte)}
                    </AccordionHeader>
                    <AccordionPanel>
                      <ul className={s.liste}>
                        {e.indicateurs.map((i) => (
                          <CarteIndicateur key={i.cle} item={i} />
                        ))}
                      </ul>
                    </AccordionPanel>
                  </AccordionItem>
                ))}
              </Accordion>
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
    </div>
  );
}
