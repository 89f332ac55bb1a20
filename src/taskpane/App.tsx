import {
  Button,
  MessageBar,
  MessageBarBody,
  Tab,
  TabList,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ArrowSyncRegular } from "@fluentui/react-icons";
import { useState, type KeyboardEvent } from "react";
import type { WorkbookGateway } from "../gateway/port";
import { Chargement } from "./composants/Chargement";
import { ConfirmationAffichage } from "./composants/ConfirmationAffichage";
import { EtatSession } from "./composants/EtatSession";
import { BarreFormateur } from "./formateur/BarreFormateur";
import { environnementPage, ouvrirDemonstration, type IssueDemo } from "./formateur/demonstration";
import { ETAPES_VISITE } from "./formateur/etapes";
import { Visite } from "./formateur/Visite";
import { FournisseurGlossaire } from "./glossaire/contexte";
import { raccourciDe } from "./etat/raccourcis";
import { FournisseurSession, useSession } from "./etat/session";
import { T } from "./textes";
import { VUES, type DefinitionVue } from "./vues";

export interface ProprietesApp {
  /** Passerelle vers le classeur ouvert ; `null` hors d'Excel (aucun hôte). */
  readonly gateway: WorkbookGateway | null;
  /** Délai avant de relire un onglet modifié (ms) ; défaut de la session. */
  readonly delaiRafraichissement?: number;
}

const useStyles = makeStyles({
  racine: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    minWidth: 0,
  },
  entete: {
    display: "flex",
    flexWrap: "wrap",
    justifyContent: "flex-end",
    gap: tokens.spacingHorizontalS,
  },
  onglets: { flexWrap: "wrap" },
});

type IdVue = DefinitionVue["id"];

function Volet() {
  const s = useStyles();
  const { session, etat } = useSession();
  const [vue, setVue] = useState<IdVue>("sommaire");
  const [etape, setEtape] = useState<number | null>(null);
  const [demo, setDemo] = useState<IssueDemo | null>(null);
  const [demoEnCours, setDemoEnCours] = useState(false);
  const courante = VUES.find((v) => v.id === vue) ?? VUES[0];

  const allerEtape = (n: number) => {
    setEtape(n);
    const e = ETAPES_VISITE[n];
    if (e) setVue(e.vue);
  };
  const ouvrirDemo = () => {
    setDemoEnCours(true);
    void ouvrirDemonstration(environnementPage()).then((r) => {
      setDemo(r);
      setDemoEnCours(false);
    });
  };

  const auClavier = (e: KeyboardEvent<HTMLDivElement>) => {
    const r = raccourciDe(e);
    if (!r || !etat.analyse || etat.action) return;
    e.preventDefault();
    void session.celluleSuivante(r === "suivante" ? 1 : -1);
  };

  return (
    // Raccourcis du volet : le conteneur écoute les touches de ses descendants (pas un contrôle).
    <div className={s.racine} onKeyDown={auClavier}>
      <div className={s.entete}>
        <Button
          icon={<ArrowSyncRegular />}
          title={T.actualiserAide}
          disabledFocusable={etat.action !== null}
          onClick={() => void session.charger()}
        >
          {T.actualiser}
        </Button>
        <BarreFormateur occupe={demoEnCours} onVisite={() => allerEtape(0)} onDemo={ouvrirDemo} />
      </div>
      {demo ? (
        <MessageBar intent={demo.ok ? "success" : "warning"} layout="multiline">
          <MessageBarBody>{demo.message}</MessageBarBody>
        </MessageBar>
      ) : null}
      {etape !== null && etat.analyse ? (
        <Visite etape={etape} onEtape={allerEtape} onFermer={() => setEtape(null)} />
      ) : null}
      <EtatSession />
      <ConfirmationAffichage />
      {etat.analyse ? (
        <>
          <TabList
            className={s.onglets}
            size="small"
            aria-label={T.navigation}
            selectedValue={vue}
            onTabSelect={(_, d) => setVue(d.value as IdVue)}
          >
            {VUES.map((v) => (
              <Tab key={v.id} id={`vue-onglet-${v.id}`} value={v.id} aria-controls={`vue-${v.id}`}>
                {v.titre}
              </Tab>
            ))}
          </TabList>
          {courante ? (
            <div
              id={`vue-${courante.id}`}
              role="tabpanel"
              aria-labelledby={`vue-onglet-${courante.id}`}
            >
              <courante.Composant />
            </div>
          ) : null}
        </>
      ) : etat.statut === "erreur" ? null : (
        <Chargement />
      )}
    </div>
  );
}

/** Contenu du volet (dans la coque) : la session du classeur et ses vues. */
export function App({ gateway, delaiRafraichissement }: ProprietesApp) {
  // Hors d'Excel, le bandeau de la coque dit quoi faire : rien à ajouter ici.
  if (!gateway) return null;
  return (
    <FournisseurSession gateway={gateway} delaiRafraichissement={delaiRafraichissement}>
      <FournisseurGlossaire>
        <Volet />
      </FournisseurGlossaire>
    </FournisseurSession>
  );
}
