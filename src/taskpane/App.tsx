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
import { Suspense, useEffect, useState, type KeyboardEvent } from "react";
import type { WorkbookGateway } from "../gateway/port";
import type { AnalyseurProgressif } from "../use-cases/analyser-sommaire";
import type { SessionDiagnostic } from "../use-cases/session";
import { Squelette, TEXTES_COQUE } from "./coque";
import { Chargement } from "./composants/Chargement";
import { ConfirmationAffichage } from "./composants/ConfirmationAffichage";
import { EtatSession } from "./composants/EtatSession";
import { auRepos, paresseux } from "./composants/paresseux";
import { BarreFormateur } from "./formateur/BarreFormateur";
import { environnementPage, ouvrirDemonstration, type IssueDemo } from "./formateur/demonstration";
import { ETAPES_VISITE } from "./formateur/etapes";
import { FournisseurGlossaire, prechargerGlossaire } from "./glossaire/contexte";
import { raccourciDe } from "./etat/raccourcis";
import { FournisseurSession, sommaireDe, useSession } from "./etat/session";
import { T } from "./textes";
import { prechargerVues, VUES, type DefinitionVue } from "./vues";

/** Visite guidée : chargée au premier lancement (ADR 0013). */
const Visite = paresseux(
  async () => (await import(/* webpackChunkName: "visite" */ "./formateur/Visite")).Visite,
  "Visite",
);

export interface ProprietesApp {
  /** Passerelle vers le classeur ouvert ; `null` hors d'Excel (aucun hôte). */
  readonly gateway: WorkbookGateway | null;
  /** Délai avant de relire un onglet modifié (ms) ; défaut de la session. */
  readonly delaiRafraichissement?: number;
  /** Qui analyse le classeur (fil d'analyse, ADR 0013, 0022) ; défaut : le fil principal. */
  readonly analyseur?: AnalyseurProgressif;
  /** Session déjà démarrée par la racine de composition (`demarrerSession`, ADR 0028). */
  readonly session?: SessionDiagnostic;
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
  const pret = etat.analyse !== null;
  // Classeur lu, volet au repos : les autres vues se chargent sans attendre leur premier clic.
  useEffect(
    () => (pret ? auRepos(() => void prechargerVues().catch(() => undefined)) : undefined),
    [pret],
  );

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
        <Suspense fallback={<Squelette texte={TEXTES_COQUE.chargementVue} lignes={1} />}>
          <Visite etape={etape} onEtape={allerEtape} onFermer={() => setEtape(null)} />
        </Suspense>
      ) : null}
      <EtatSession />
      <ConfirmationAffichage />
      {sommaireDe(etat) ? (
        <>
          <TabList
            className={s.onglets}
            size="small"
            aria-label={T.navigation}
            selectedValue={vue}
            onTabSelect={(_, d) => setVue(d.value as IdVue)}
          >
            {VUES.map((v) => (
              <Tab
                key={v.id}
                id={`vue-onglet-${v.id}`}
                value={v.id}
                aria-controls={`vue-${v.id}`}
                onPointerEnter={() => void v.precharger?.().catch(() => undefined)}
              >
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
              {etat.analyse || courante.id === "sommaire" ? (
                <Suspense fallback={<Squelette texte={TEXTES_COQUE.chargementVue} />}>
                  <courante.Composant />
                </Suspense>
              ) : (
                // Sommaire affiché, le reste de l'analyse pas encore là (ADR 0022).
                <Squelette texte={T.etat.calculEnCours} />
              )}
            </div>
          ) : null}
        </>
      ) : etat.statut === "erreur" ? null : (
        <Chargement />
      )}
    </div>
  );
}

/** Charge d'avance tous les morceaux du volet (tests : les vues s'affichent sans attendre). */
export const prechargerVolet = (): Promise<unknown> =>
  Promise.all([prechargerVues(), Visite.precharger(), prechargerGlossaire()]);

/** Contenu du volet (dans la coque) : la session du classeur et ses vues. */
export function App({ gateway, delaiRafraichissement, analyseur, session }: ProprietesApp) {
  // Hors d'Excel, le bandeau de la coque dit quoi faire : rien à ajouter ici.
  if (!gateway) return null;
  return (
    <FournisseurSession
      gateway={gateway}
      delaiRafraichissement={delaiRafraichissement}
      analyseur={analyseur}
      session={session}
    >
      <FournisseurGlossaire>
        <Volet />
      </FournisseurGlossaire>
    </FournisseurSession>
  );
}
