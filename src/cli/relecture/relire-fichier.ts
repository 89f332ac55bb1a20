import { readFile } from "node:fs/promises";
import { localiser, reconnaitreOnglets } from "../../domain/classeur/reconnaissance";
import {
  collecterPrerenseignees,
  EMPREINTE_NS,
  identiteOrganisme,
  lireEmpreinte,
  type EtatEmpreinte,
  type IdentiteOrganisme,
  type ValeurPrerenseignee,
} from "../../domain/relecture";
import { lirePartieXml } from "../../gateway/xlsx/parties-xml";
import { lireClasseurXlsxBorne, type LectureBornee } from "../../gateway/xlsx/lire-xlsx";
import { analyserInstantane } from "../../use-cases/analyser";
import { erreurDeLecture, rapportIllisible, type RapportFichier } from "../rapport-fichier";
import { fichierAnalyse } from "../document";
import { rendreRelecture } from "./messages-relecture";

/**
 * Ce qu'un fil de `relire` rend pour un fichier (jamais modifié) : le rapport d'`analyser`,
 * l'organisme, les valeurs pré-renseignées et l'empreinte ; pour un classeur envoyé (référence),
 * seulement l'organisme et les valeurs.
 */

export type RoleFichier = "retour" | "reference";

export interface TacheRelecture {
  readonly fichier: string;
  readonly role: RoleFichier;
}

export interface FichierRelu {
  readonly role: RoleFichier;
  readonly rapport: RapportFichier;
  readonly organisme: IdentiteOrganisme | null;
  readonly valeurs: readonly ValeurPrerenseignee[];
  readonly empreinte: EtatEmpreinte;
}

/** L'empreinte portée par le fichier ; une partie illisible est une empreinte altérée. */
async function empreinteDe(fichier: string): Promise<EtatEmpreinte> {
  try {
    return lireEmpreinte(lirePartieXml(await readFile(fichier), EMPREINTE_NS));
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return {
      kind: "alteree",
      raison: rendreRelecture({ code: "empreinte/partie-illisible", params: { detail } }),
    };
  }
}

export async function relireFichier(t: TacheRelecture): Promise<FichierRelu> {
  const debut = performance.now();
  const duree = () => Math.round(performance.now() - debut);
  let lecture: LectureBornee;
  try {
    lecture = await lireClasseurXlsxBorne(t.fichier);
  } catch (e) {
    // Le code et le message d'un fichier illisible sont ceux d'`analyser`.
    const rapport = rapportIllisible(t.fichier, erreurDeLecture(e, t.fichier), duree());
    return { role: t.role, rapport, organisme: null, valeurs: [], empreinte: { kind: "absente" } };
  }
  const { snapshot, avertissements } = lecture;
  if (t.role === "reference") {
    const onglets = reconnaitreOnglets(snapshot);
    const repere = localiser(snapshot, onglets);
    return {
      role: t.role,
      rapport: {
        json: {
          fichier: t.fichier,
          statut: "analyse",
          avertissements,
          onglets: [],
          indicateurs: [],
          constats: [],
        },
        nonReconnu: null,
        dureeMs: duree(),
      },
      organisme: identiteOrganisme(repere),
      valeurs: collecterPrerenseignees(snapshot, onglets),
      empreinte: { kind: "absente" },
    };
  }
  const analyse = analyserInstantane(snapshot);
  return {
    role: t.role,
    rapport: {
      json: fichierAnalyse(t.fichier, analyse, avertissements),
      nonReconnu: analyse.nonReconnu,
      dureeMs: duree(),
    },
    organisme: identiteOrganisme(analyse.repere),
    valeurs: collecterPrerenseignees(snapshot, analyse.onglets),
    empreinte: await empreinteDe(t.fichier),
  };
}
