import { FluentProvider, Text, webLightTheme } from "@fluentui/react-components";
import {
  type ReactNode,
  startTransition,
  useEffect,
  useMemo,
  useReducer,
  useRef,
  useState,
} from "react";
import { adresseZone } from "../domain/classeur/adresse";
import type { HoteInstalle } from "../gateway/host-simule";
import { OfficeGateway } from "../gateway/office/office-gateway";
import type { EspaceExcel } from "../gateway/office/erreurs";
import type { WorkbookGateway } from "../gateway/port";
import type { AnalyseurAsynchrone } from "../taskpane/analyse/analyseur";
import { analyseurDePage } from "../taskpane/analyse/fil";
import { App } from "../taskpane/App";
import { demarrerSession } from "../taskpane/etat/session";
import type { SessionDiagnostic } from "../use-cases/session";
import { Coque } from "../taskpane/coque";
import { Grille } from "./Grille";
import { mesurerLectures, type MesureLecture } from "./mesure";
import { OngletsFeuilles } from "./OngletsFeuilles";
import { SaisieCellule } from "./SaisieCellule";
import { useStylesPage } from "./styles";
import { TA } from "./textes";

/** Fil d'analyse démarré dès le chargement du morceau, pendant la lecture de l'instantané. */
const analyseur = analyseurDePage();

/** Ce que la page suit de la préparation : mesures de lecture, moment de dessiner la grille. */
interface SuiviPage {
  readonly surMesure: (m: MesureLecture) => void;
  readonly surGrille: () => void;
}

/**
 * Le volet d'un classeur de l'aperçu, préparé dès l'hôte installé, avant tout rendu (ADR 0028) :
 * passerelle mesurée, analyse dans le fil, session dont la première lecture est déjà partie.
 */
export interface PreparationApercu {
  readonly gateway: WorkbookGateway;
  readonly analyser: AnalyseurAsynchrone;
  readonly session: SessionDiagnostic;
  /** Abonne la page ; ce qui est déjà arrivé (mesure, grille) lui est rendu aussitôt. */
  readonly suivre: (s: SuiviPage) => () => void;
}

export function preparerApercu(hote: HoteInstalle): PreparationApercu {
  const abonnes = new Set<SuiviPage>();
  let mesure: MesureLecture | null = null;
  let grille = false;
  // La grille attend la première analyse du volet (ADR 0022), ou l'échec d'une lecture : dans
  // Excel, la feuille est dessinée par Excel, pas par le fil du volet ; ici, son rendu (des
  // milliers de cellules) retarderait la lecture, la réception du sommaire et son affichage.
  const montrerGrille = () => {
    grille = true;
    for (const a of abonnes) a.surGrille();
  };
  const gateway = mesurerLectures(
    new OfficeGateway(hote.Excel as unknown as EspaceExcel),
    hote,
    (m) => {
      mesure = m;
      for (const a of abonnes) a.surMesure(m);
    },
    (ok) => {
      if (!ok) montrerGrille();
    },
  );
  const analyser: AnalyseurAsynchrone = (snapshot, surSommaire) => {
    const analyse = analyseur.analyser(snapshot, surSommaire);
    analyse.then(montrerGrille, montrerGrille);
    return analyse;
  };
  const session = demarrerSession(gateway, { analyseur: analyser });
  return {
    gateway,
    analyser,
    session,
    suivre: (a) => {
      abonnes.add(a);
      if (mesure) a.surMesure(mesure);
      if (grille) a.surGrille();
      return () => abonnes.delete(a);
    },
  };
}

/** Rend la page à chaque changement de l'hôte (saisie, sélection, feuille active…). */
function useHote(hote: HoteInstalle): void {
  const [, rafraichir] = useReducer((n: number) => n + 1, 0);
  useEffect(() => hote.etat.abonner(rafraichir), [hote]);
}

/** Le classeur simulé (grille de la feuille active, onglets, saisie) à côté du volet réel. */
export function Apercu({
  hote,
  preparation,
  barre,
  surDepot,
}: {
  readonly hote: HoteInstalle;
  /** Le volet du classeur, préparé par la racine dès l'hôte installé (`preparerApercu`). */
  readonly preparation: PreparationApercu;
  /** Ouverture d'un classeur (fichier, exemples) et son état. */
  readonly barre: ReactNode;
  /** Fichier déposé sur le classeur. */
  readonly surDepot: (f: File) => void;
}) {
  const s = useStylesPage();
  useHote(hote);
  const [survol, setSurvol] = useState(false);
  const valeur = useRef<HTMLInputElement>(null);
  const [mesure, setMesure] = useState<MesureLecture | null>(null);
  // Rendu interruptible (transition) de la grille, une fois la première analyse reçue.
  const [grille, setGrille] = useState(false);
  useEffect(
    () =>
      preparation.suivre({
        surMesure: setMesure,
        surGrille: () => startTransition(() => setGrille(true)),
      }),
    [preparation],
  );
  // Le volet ne dépend pas des changements de l'hôte (sa session les suit elle-même) : il n'est
  // pas rendu de nouveau à chaque `sync` de la grille.
  const volet = useMemo(
    () => (
      <Coque situation="apercu">
        <App
          gateway={preparation.gateway}
          analyseur={preparation.analyser}
          session={preparation.session}
        />
      </Coque>
    ),
    [preparation],
  );
  const vue = hote.etat.vue();
  const selection = vue?.selection.map(adresseZone).join(", ") ?? "";
  return (
    <div className={s.page}>
      <FluentProvider theme={webLightTheme} className={s.zone}>
        <section
          aria-label={TA.classeur}
          className={survol ? `${s.classeur} ${s.depot}` : s.classeur}
          onDragOver={(e) => {
            if (!e.dataTransfer.types.includes("Files")) return;
            e.preventDefault();
            e.dataTransfer.dropEffect = "copy";
            setSurvol(true);
          }}
          onDragLeave={() => setSurvol(false)}
          onDrop={(e) => {
            e.preventDefault();
            setSurvol(false);
            const f = e.dataTransfer.files[0];
            if (f) surDepot(f);
          }}
        >
          {barre}
          {survol ? <Text weight="semibold">{TA.deposer}</Text> : null}
          <OngletsFeuilles etat={hote.etat} />
          <Text role="status" weight="semibold">
            {vue ? TA.feuilleActive(vue.name) : ""} —{" "}
            {selection ? TA.selection(selection) : TA.aucuneSelection}
          </Text>
          {vue ? (
            <SaisieCellule
              key={`${vue.id}:${selection}`}
              etat={hote.etat}
              sheetId={vue.id}
              proposee={selection.split(/[,:]/)[0] ?? ""}
              refValeur={valeur}
            />
          ) : null}
          {vue && !grille ? <Text>{TA.grilleAttente}</Text> : null}
          {vue && grille ? (
            <Grille
              vue={vue}
              surSelection={(r, c) => hote.etat.selectionner(vue.id, r, c)}
              surEdition={() => valeur.current?.focus()}
            />
          ) : null}
          {mesure ? (
            <Text size={200}>{TA.mesure(mesure.syncs, mesure.ms, mesure.partielle)}</Text>
          ) : null}
        </section>
      </FluentProvider>
      <div className={s.volet}>{volet}</div>
    </div>
  );
}
