import type { Location } from "../classeur/snapshot";
import type {
  Constat,
  Controle,
  Gravite,
  OptionsExecution,
  Parametre,
  Signalement,
  VueControle,
} from "./types";

/**
 * Moteur des contrôles : pur et synchrone. Lance chaque contrôle retenu, regroupe les constats
 * identiques (même contrôle, même message, mêmes paramètres) en un seul constat qui liste ses
 * cellules, et transforme l'exception d'un contrôle en constat `info` plutôt qu'en plantage.
 */

/** Message du moteur quand un contrôle échoue (rendu par `rendreConstat`). */
export const MESSAGE_ECHEC = "controle-en-echec";

export const RANG_GRAVITE: Readonly<Record<Gravite, number>> = { erreur: 0, alerte: 1, info: 2 };

function cleLocation(l: Location): string {
  return `${l.sheetId}\u0000${l.row}\u0000${l.col}`;
}

function cleData(data: Readonly<Record<string, Parametre>>): string {
  return JSON.stringify(
    Object.keys(data)
      .sort()
      .map((k) => [k, data[k]]),
  );
}

function retenu(controle: Controle, options: OptionsExecution): boolean {
  const { gravite, onglets } = options;
  if (gravite && RANG_GRAVITE[controle.meta.gravite] > RANG_GRAVITE[gravite]) return false;
  if (onglets && !controle.meta.onglets.some((o) => onglets.includes(o))) return false;
  return true;
}

/** Lance un contrôle seul et renvoie ses signalements bruts (exceptions propagées). */
export function signalementsDe(controle: Controle, vue: VueControle): Signalement[] {
  const res: Signalement[] = [];
  controle.run(vue, (s) => {
    if (!(s.messageId in controle.meta.messages)) {
      throw new Error(`messageId inconnu « ${s.messageId} » dans ${controle.meta.id}`);
    }
    res.push(s);
  });
  return res;
}

/** Lance les contrôles donnés (filtrés par gravité minimale et types d'onglets). */
export function lancerControles(
  controles: readonly Controle[],
  vue: VueControle,
  options: OptionsExecution = {},
): Constat[] {
  const groupes = new Map<string, { constat: Constat; vus: Set<string> }>();
  const ordre: string[] = [];
  const ajouter = (controle: string, gravite: Gravite, s: Signalement) => {
    const data = s.data ?? {};
    const cle = `${controle}\u0000${s.messageId}\u0000${cleData(data)}`;
    const locations = Array.isArray(s.a) ? (s.a as readonly Location[]) : [s.a as Location];
    let g = groupes.get(cle);
    if (!g) {
      g = {
        constat: { controle, gravite, locations: [], messageId: s.messageId, data },
        vus: new Set(),
      };
      groupes.set(cle, g);
      ordre.push(cle);
    }
    const liste = g.constat.locations as Location[];
    for (const l of locations) {
      if (g.vus.has(cleLocation(l))) continue;
      g.vus.add(cleLocation(l));
      liste.push(l);
    }
  };
  for (const controle of controles) {
    if (!retenu(controle, options)) continue;
    const { id, gravite } = controle.meta;
    let signalements: Signalement[];
    try {
      signalements = signalementsDe(controle, vue);
    } catch (e) {
      if (options.gravite && options.gravite !== "info") continue;
      const erreur = e instanceof Error ? e.message : String(e);
      ajouter(id, "info", { messageId: MESSAGE_ECHEC, data: { controle: id, erreur }, a: [] });
      continue;
    }
    for (const s of signalements) ajouter(id, gravite, s);
  }
  return ordre.map((cle) => (groupes.get(cle) as { constat: Constat }).constat);
}
