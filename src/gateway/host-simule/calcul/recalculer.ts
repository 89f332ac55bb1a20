import { COLONNES_MAX } from "../adresses";
import { estSecondaire } from "../cellules";
import { type ClasseurModele, type FeuilleModele, plageUtilisee } from "../modele";
import { analyser, COLS_MAX, LIGNES_MAX, type Noeud, type ZoneRef } from "./analyse";
import { formulesSales, type FormuleSituee, type Modifiees, references } from "./dependances";
import { evaluer, resultat, type SourceCalcul } from "./evaluer";
import { erreurXl, type Scalaire } from "./valeurs";

/**
 * Recalcul du classeur simulé, comme Excel après une écriture : les formules touchées par les
 * zones modifiées (ou toutes : `"tout"`, comme Ctrl+Alt+F9) sont évaluées (références entre
 * feuilles, noms définis), une fois, dans l'ordre des dépendances (mémoïsation ; une référence
 * circulaire vaut 0, comme dans Excel après son avertissement). Les formules que l'analyseur ne
 * comprend pas gardent leur valeur.
 */

export interface BilanCalcul {
  readonly formules: number;
  /** Formules non comprises par l'analyseur (valeur laissée telle quelle). */
  readonly incomprises: readonly string[];
}

const arbres = new Map<string, Noeud | null>();

/** Arbre d'une formule, mis en cache par texte (les références sont absolues, en A1). */
export function arbre(formule: string): Noeud | undefined {
  let a = arbres.get(formule);
  if (a === undefined) {
    if (arbres.size > 20_000) arbres.clear();
    a = analyser(formule) ?? null;
    arbres.set(formule, a);
  }
  return a ?? undefined;
}

const cleDe = (r: number, c: number) => r * COLONNES_MAX + c;

/** Valeur d'une cellule non formule : vide → `null`, erreur → objet erreur. */
function constante(f: FeuilleModele, k: number): Scalaire {
  const c = f.cells.get(k);
  if (!c || c.type === "Empty") return c?.formula ? "" : null;
  if (c.type === "Error") return erreurXl(String(c.value));
  return c.value;
}

export function recalculer(
  modele: ClasseurModele,
  noms: Readonly<Record<string, string>> = {},
  modifiees: Modifiees | "tout" = "tout",
): BilanCalcul {
  const memo = new Map<FeuilleModele, Map<number, Scalaire>>();
  const enCours = new Set<string>();
  const utilisees = new Map<FeuilleModele, ZoneRef>();
  const incomprises: string[] = [];
  const parNom = new Map(modele.feuilles.map((f) => [f.name.toUpperCase(), f]));
  const nomsDefinis = new Map(Object.entries(noms).map(([n, d]) => [n.toUpperCase(), d]));

  const nomDe = (n: string) => {
    const def = nomsDefinis.get(n);
    return def === undefined ? undefined : arbre(def);
  };

  function calculer(f: FeuilleModele, r: number, c: number): Scalaire {
    const k = cleDe(r, c);
    const deja = memo.get(f)?.get(k);
    if (deja !== undefined) return deja;
    const cel = f.cells.get(k);
    if (!cel?.formula || estSecondaire(f, r, c) || !aCalculer(f, k)) return constante(f, k);
    const a = arbre(cel.formula);
    if (!a) return constante(f, k);
    const id = `${f.id}:${k}`;
    if (enCours.has(id)) return 0;
    enCours.add(id);
    const v = evaluer(a, source(f));
    enCours.delete(id);
    const res = resultat(v);
    cel.value = res.value;
    cel.type = res.type;
    const s: Scalaire =
      res.type === "Error" ? erreurXl(String(res.value)) : res.type === "Empty" ? "" : res.value;
    let m = memo.get(f);
    if (!m) memo.set(f, (m = new Map()));
    m.set(k, s);
    return s;
  }

  const feuille = (ici: FeuilleModele, nom: string | undefined) =>
    nom === undefined ? ici : parNom.get(nom.toUpperCase());

  function source(ici: FeuilleModele): SourceCalcul {
    return {
      cellule: (nom, r, c) => {
        const f = feuille(ici, nom);
        return f ? calculer(f, r, c) : erreurXl("#REF!");
      },
      borner: (nom, z): ZoneRef | null => {
        const f = feuille(ici, nom);
        if (!f) return null;
        if (z.bottom < LIGNES_MAX - 1 && z.right < COLS_MAX - 1) return z;
        let u = utilisees.get(f);
        if (!u)
          utilisees.set(
            f,
            (u = plageUtilisee(f, true) ?? { top: 0, left: 0, bottom: 0, right: 0 }),
          );
        return {
          top: z.top,
          left: z.left,
          bottom: Math.min(z.bottom, Math.max(u.bottom, z.top)),
          right: Math.min(z.right, Math.max(u.right, z.left)),
        };
      },
      nom: nomDe,
    };
  }

  const situees: FormuleSituee[] = [];
  for (const f of modele.feuilles) {
    for (const [k, cel] of f.cells) {
      if (!cel.formula) continue;
      const a = arbre(cel.formula);
      if (!a) incomprises.push(`${f.name}!${cel.formula}`);
      else situees.push({ f, k, refs: modifiees === "tout" ? [] : references(a, nomDe) });
    }
  }
  const sales =
    modifiees === "tout"
      ? null
      : new Set([...formulesSales(modele, situees, modifiees)].map((x) => `${x.f.id}:${x.k}`));
  function aCalculer(f: FeuilleModele, k: number): boolean {
    return sales === null || sales.has(`${f.id}:${k}`);
  }
  for (const x of situees) {
    if (aCalculer(x.f, x.k)) calculer(x.f, Math.floor(x.k / COLONNES_MAX), x.k % COLONNES_MAX);
  }
  return { formules: situees.length + incomprises.length, incomprises };
}
