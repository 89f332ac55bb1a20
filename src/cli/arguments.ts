import type { Gravite } from "../domain/controles/types";
import {
  AIDE_RELECTURE,
  lirePreparer,
  lireRelire,
  type CommandePreparer,
  type CommandeRelire,
} from "./relecture/arguments-relecture";
import { erreurArguments, type ErreurArguments } from "./messages-arguments";

export type Commande =
  | { readonly kind: "aide" }
  | { readonly kind: "version" }
  | {
      readonly kind: "analyser";
      readonly fichiers: readonly string[];
      readonly json: boolean;
      readonly gravite: Gravite | null;
    }
  | {
      readonly kind: "fiches";
      readonly diagnostic: string;
      readonly sortie: string;
      readonly annee: number | null;
    }
  | CommandeRelire
  | CommandePreparer
  | ErreurArguments;

export const GRAVITES: readonly Gravite[] = ["erreur", "alerte", "info"];

/** Valeur d'une option : `--nom valeur` ou `--nom=valeur` ; avance l'index dans le premier cas. */
function valeurOption(args: readonly string[], i: number): { valeur?: string; suivant: number } {
  const a = args[i] ?? "";
  const egal = a.indexOf("=");
  if (egal >= 0) return { valeur: a.slice(egal + 1), suivant: i };
  return { valeur: args[i + 1], suivant: i + 1 };
}

const option = (a: string, nom: string) => a === nom || a.startsWith(`${nom}=`);

/** Lit les arguments de la ligne de commande (sans `node` ni le script). */
export function lireArguments(args: readonly string[]): Commande {
  const avantFin = args.includes("--") ? args.slice(0, args.indexOf("--")) : args;
  if (args.length === 0 || avantFin.includes("--help") || avantFin.includes("-h")) {
    return { kind: "aide" };
  }
  if (avantFin.includes("--version")) return { kind: "version" };
  const [commande, ...reste] = args;
  if (commande === "analyser") return lireAnalyser(reste);
  if (commande === "fiches") return lireFiches(reste);
  if (commande === "relire") return lireRelire(reste);
  if (commande === "preparer") return lirePreparer(reste);
  return erreurArguments({ code: "commande/inconnue", params: { commande: String(commande) } });
}

function lireAnalyser(args: readonly string[]): Commande {
  const fichiers: string[] = [];
  let json = false;
  let gravite: Gravite | null = null;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? "";
    if (a === "--") {
      fichiers.push(...args.slice(i + 1));
      break;
    }
    if (a === "--json") json = true;
    else if (option(a, "--gravite")) {
      const { valeur, suivant } = valeurOption(args, i);
      i = suivant;
      if (!valeur || !GRAVITES.includes(valeur as Gravite)) {
        return erreurArguments(
          valeur
            ? { code: "analyser/gravite-recue", params: { valeur } }
            : { code: "analyser/gravite", params: {} },
        );
      }
      gravite = valeur as Gravite;
    } else if (a.startsWith("-") && a !== "-") {
      return erreurArguments({
        code: "option/inconnue",
        params: { commande: "analyser", option: a },
      });
    } else fichiers.push(a);
  }
  if (fichiers.length === 0) {
    return erreurArguments({ code: "analyser/sans-fichier", params: {} });
  }
  return { kind: "analyser", fichiers, json, gravite };
}

function lireFiches(args: readonly string[]): Commande {
  let diagnostic: string | undefined;
  let sortie: string | undefined;
  let annee: number | null = null;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? "";
    if (option(a, "--sortie")) {
      const { valeur, suivant } = valeurOption(args, i);
      i = suivant;
      sortie = valeur;
    } else if (option(a, "--annee")) {
      const { valeur, suivant } = valeurOption(args, i);
      i = suivant;
      if (!valeur || !/^20\d\d$/.test(valeur)) {
        return erreurArguments({ code: "fiches/annee", params: {} });
      }
      annee = Number(valeur);
    } else if (a.startsWith("-") && a !== "-") {
      return erreurArguments({
        code: "option/inconnue",
        params: { commande: "fiches", option: a },
      });
    } else if (!diagnostic) diagnostic = a;
    else return erreurArguments({ code: "fiches/un-diagnostic", params: {} });
  }
  if (!diagnostic) return erreurArguments({ code: "fiches/sans-diagnostic", params: {} });
  if (!sortie) return erreurArguments({ code: "fiches/sans-sortie", params: {} });
  return { kind: "fiches", diagnostic, sortie, annee };
}

export const AIDE = `cpom-diagnostic — analyse des classeurs « Diagnostic » CPOM PH, hors ligne

Utilisation :
  cpom-diagnostic analyser <fichier.xlsx>... [--json] [--gravite erreur|alerte|info]
      Analyse chaque classeur, sans jamais le modifier : onglets reconnus, cellules de saisie
      renseignées, indicateurs calculés, contrôles de cohérence.
      Par défaut, le résumé détaille les erreurs et compte seulement les alertes et les infos ;
      --gravite info les détaille toutes.
      --json       écrit un seul document JSON sur la sortie standard, avec tous les constats
                   (schéma : docs/cli.md)
      --gravite G  ne garde que les constats de gravité G ou plus grave, et les détaille
                   (erreur : les erreurs ; alerte : erreurs et alertes ; info : tout)

  cpom-diagnostic fiches <diagnostic.xlsx> --sortie <fiches.xlsx> [--annee AAAA]
      Crée un NOUVEAU classeur avec les six fiches-objectifs socle, le tableau de suivi et la
      feuille des listes, pré-remplis à partir du diagnostic. Le diagnostic n'est jamais réécrit ;
      un fichier de sortie qui existe déjà n'est jamais écrasé.
      --annee AAAA première année du CPOM (colonnes « Réalisé AAAA »… du suivi)

${AIDE_RELECTURE}
  cpom-diagnostic --help | --version

Codes de sortie :
  0  tous les fichiers sont analysés et aucun constat « erreur »
  1  au moins un constat « erreur » (relire : ou une valeur pré-renseignée modifiée)
  2  un fichier illisible, un refus d'écrire ou une utilisation incorrecte (2 l'emporte sur 1)

Exemples :
  cpom-diagnostic analyser "Diagnostic ADAPEI.xlsx"
  cpom-diagnostic analyser retours/*.xlsx --json --gravite alerte > bilan.json
  cpom-diagnostic fiches "Diagnostic ADAPEI.xlsx" --sortie "Fiches ADAPEI.xlsx" --annee 2026
  cpom-diagnostic relire retours/ --reference envois/ --rapport bilan.xlsx --rapport bilan.html

Aucune donnée ne quitte le poste.
`;
