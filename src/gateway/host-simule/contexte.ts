import { erreur } from "./erreurs";
import type { ArgsChangement, Hote } from "./hote";

/** Une opération mise en file : `requete` sert à estimer la taille de la requête. */
export interface Action {
  readonly requete: unknown;
  /** Exécutée au `sync` ; renvoie le fragment de réponse (données chargées) ou `undefined`. */
  executer(): unknown;
}

const attendre = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Taille JSON estimée (octets UTF-8 approchés par la longueur en caractères). */
export const octetsJson = (x: unknown): number => JSON.stringify(x ?? null).length;

/** Contexte de requête : file d'opérations exécutée à chaque `sync()`, comme Office.js. */
export class ContexteBase {
  private file: Action[] = [];
  private aValider: (() => void)[] = [];
  private lus = new Set<object>();
  private changements: ArgsChangement[] = [];
  /** Feuille active au début du sync en cours (sélectionner ailleurs est refusé, #5118). */
  activeAuDebut = "";
  readonly trackedObjects = { add: (_o: unknown) => undefined, remove: (_o: unknown) => undefined };

  constructor(
    readonly hote: Hote,
    readonly delayForCellEdit: boolean,
  ) {}

  enfiler(a: Action): void {
    this.file.push(a);
  }

  get enAttente(): number {
    return this.file.length;
  }

  /** Valeurs chargées rendues visibles seulement si le `sync` réussit. */
  valider(f: () => void): void {
    this.aValider.push(f);
  }

  /** Compte les cellules d'une plage lue (une fois par objet et par `sync`). */
  compterLecture(objet: object, cellules: number): void {
    if (cellules > this.hote.limiteCellules) {
      throw erreur(
        "RangeExceedsLimit",
        `La plage demandée compte ${cellules} cellules, au-delà de la limite de ${this.hote.limiteCellules}.`,
      );
    }
    if (this.lus.has(objet)) return;
    this.lus.add(objet);
    this.hote.stats.cellsRead += cellules;
  }

  signalerChangement(args: ArgsChangement): void {
    if (this.hote.enableEvents) this.changements.push(args);
  }

  async sync(): Promise<void> {
    const { hote } = this;
    const actions = this.file;
    this.file = [];
    this.aValider = [];
    this.lus = new Set();
    this.changements = [];
    const st = hote.stats;
    const numero = ++st.syncs;
    const requete = octetsJson(actions.map((a) => a.requete)) + 64;
    st.requestBytes.push(requete);
    st.maxRequestBytes = Math.max(st.maxRequestBytes, requete);
    if (hote.options.latenceMs) await attendre(hote.options.latenceMs);
    else await Promise.resolve();
    hote.executerPlanifies(numero);
    hote.verifierInjection(numero, this.delayForCellEdit);
    if (hote.modeEdition && !this.delayForCellEdit) {
      throw erreur(
        "InvalidOperationInCellEditMode",
        "Excel est en mode édition de cellule : l'opération ne peut pas s'exécuter.",
      );
    }
    if (requete > hote.limiteOctets) {
      throw erreur(
        "RequestPayloadSizeLimitExceeded",
        `La requête (${requete} octets) dépasse la limite de ${hote.limiteOctets} octets.`,
      );
    }
    this.activeAuDebut = hote.modele.activeId;
    const fragments: unknown[] = [];
    try {
      for (const a of actions) {
        const r = a.executer();
        if (r !== undefined) fragments.push(r);
      }
    } finally {
      // Comme Excel : le classeur est recalculé à la fin du lot (calcul suspendu ou non).
      hote.calculSuspendu = false;
      hote.calculerSiBesoin();
      hote.notifier();
    }
    const reponse = octetsJson(fragments) + 64;
    st.responseBytes.push(reponse);
    st.maxResponseBytes = Math.max(st.maxResponseBytes, reponse);
    if (reponse > hote.limiteOctets) {
      throw erreur(
        "ResponsePayloadSizeLimitExceeded",
        `La réponse (${reponse} octets) dépasse la limite de ${hote.limiteOctets} octets.`,
      );
    }
    for (const f of this.aValider) f();
    for (const c of this.changements) hote.diffuser(c);
  }
}
