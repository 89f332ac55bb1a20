import { erreurArguments, type ErreurArguments } from "../messages-arguments";

/** Arguments de `relire` et de `preparer` (lus par arguments.ts). */

export interface CommandeRelire {
  readonly kind: "relire";
  readonly fichiers: readonly string[];
  readonly references: readonly string[];
  readonly rapports: readonly string[];
  readonly json: boolean;
}

export interface CommandePreparer {
  readonly kind: "preparer";
  readonly envoi: string;
  readonly sortie: string;
}

type Erreur = ErreurArguments;

function valeur(args: readonly string[], i: number): { valeur?: string; suivant: number } {
  const a = args[i] ?? "";
  const egal = a.indexOf("=");
  if (egal >= 0) return { valeur: a.slice(egal + 1), suivant: i };
  return { valeur: args[i + 1], suivant: i + 1 };
}

const option = (a: string, nom: string) => a === nom || a.startsWith(`${nom}=`);

export function lireRelire(args: readonly string[]): CommandeRelire | Erreur {
  const fichiers: string[] = [];
  const references: string[] = [];
  const rapports: string[] = [];
  let json = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? "";
    if (a === "--") {
      fichiers.push(...args.slice(i + 1));
      break;
    }
    if (a === "--json") json = true;
    else if (option(a, "--reference") || option(a, "--rapport")) {
      const nom = a.startsWith("--reference") ? "--reference" : "--rapport";
      const { valeur: v, suivant } = valeur(args, i);
      i = suivant;
      if (!v || v.startsWith("--")) {
        return erreurArguments({
          code: nom === "--reference" ? "relire/reference" : "relire/rapport",
          params: {},
        });
      }
      (nom === "--reference" ? references : rapports).push(v);
    } else if (a.startsWith("-") && a !== "-") {
      return erreurArguments({
        code: "option/inconnue",
        params: { commande: "relire", option: a },
      });
    } else fichiers.push(a);
  }
  if (fichiers.length === 0) {
    return erreurArguments({ code: "relire/sans-fichier", params: {} });
  }
  const mauvais = rapports.find((r) => !/\.(xlsx|html?)$/i.test(r));
  if (mauvais) {
    return erreurArguments({ code: "relire/extension-rapport", params: { rapport: mauvais } });
  }
  return { kind: "relire", fichiers, references, rapports, json };
}

export function lirePreparer(args: readonly string[]): CommandePreparer | Erreur {
  let envoi: string | undefined;
  let sortie: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? "";
    if (option(a, "--sortie")) {
      const { valeur: v, suivant } = valeur(args, i);
      i = suivant;
      sortie = v;
    } else if (a.startsWith("-") && a !== "-") {
      return erreurArguments({
        code: "option/inconnue",
        params: { commande: "preparer", option: a },
      });
    } else if (!envoi) envoi = a;
    else return erreurArguments({ code: "preparer/un-envoi", params: {} });
  }
  if (!envoi) return erreurArguments({ code: "preparer/sans-envoi", params: {} });
  if (!sortie) return erreurArguments({ code: "preparer/sans-sortie", params: {} });
  return { kind: "preparer", envoi, sortie };
}

export const AIDE_RELECTURE = `  cpom-diagnostic relire <fichier|dossier>... [--reference <fichier|dossier>]
                         [--rapport <bilan.xlsx|bilan.html>] [--json]
      Relit les classeurs retournés (jamais modifiés), sur tous les cœurs : analyse complète,
      valeurs pré-renseignées par l'ARS modifiées, bilan consolidé trié (à appeler d'abord).
      --reference  classeur(s) envoyé(s) : apparié(s) par FINESS juridique, sinon par raison
                   sociale, sinon la seule référence donnée ; à défaut, l'empreinte du classeur
      --rapport    crée le bilan (.xlsx : synthèse et une feuille par fichier ; .html : page
                   autonome imprimable) ; répétable ; un fichier existant n'est jamais écrasé
      --json       un seul document JSON sur la sortie standard (schéma : docs/cli.md)

  cpom-diagnostic preparer <envoi.xlsx> --sortie <envoi-prepare.xlsx>
      Crée une copie du classeur à envoyer qui porte l'empreinte de ses valeurs pré-renseignées :
      le retour se vérifie ensuite sans le classeur envoyé. L'original n'est pas modifié.
`;
