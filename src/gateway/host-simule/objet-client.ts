import type { ContexteBase } from "./contexte";
import { erreur } from "./erreurs";

/** Une propriété scalaire : lecture depuis la cible, écriture éventuelle (mise en file). */
export interface DefPropriete<T> {
  lire(cible: T): unknown;
  ecrire?(cible: T, valeur: unknown): void;
}

type Spec = string | string[] | Record<string, unknown> | undefined;

/** « a, b/c » | ["a"] | { a: true, b: { c: true } } | { select: "a,b" } → chemins « b/c ». */
export function chemins(spec: Spec): string[] | undefined {
  if (spec === undefined) return undefined;
  if (typeof spec === "string")
    return spec
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
  if (Array.isArray(spec)) return spec.flatMap((s) => chemins(s) ?? []);
  if (typeof spec.select === "string" || Array.isArray(spec.select)) {
    return chemins(spec.select as Spec);
  }
  const res: string[] = [];
  for (const [k, v] of Object.entries(spec)) {
    if (v === true) res.push(k);
    else if (v && typeof v === "object")
      res.push(...(chemins(v as Spec) ?? []).map((p) => `${k}/${p}`));
  }
  return res;
}

/**
 * Proxy d'un objet Excel. Sa cible (objet du modèle) est résolue **au sync** : à la création s'il
 * est créé par une méthode (`getItem`, `getRange`…), à chaque usage s'il dérive de son parent.
 * Lire une propriété non chargée lève `PropertyNotLoaded`.
 */
export abstract class ObjetClient<T> {
  protected readonly _valeurs = new Map<string, unknown>();
  private _nul: boolean | undefined;
  private _cree = false;
  private _cibleCreee: T | null = null;

  protected constructor(
    readonly context: ContexteBase,
    private readonly _resoudre: () => T | null,
    proprietes: Readonly<Record<string, DefPropriete<T>>>,
    options: { cree?: { nom: string; args: unknown[]; ouNul: boolean } } = {},
  ) {
    for (const [nom, def] of Object.entries(proprietes)) {
      Object.defineProperty(this, nom, {
        enumerable: true,
        get: () => this._lirePropriete(nom),
        set: (v: unknown) => {
          if (!def.ecrire)
            throw erreur("InvalidArgument", `La propriété « ${nom} » est en lecture seule.`);
          const ecrire = def.ecrire;
          this.context.enfiler({
            requete: { set: nom, v },
            executer: () => {
              ecrire(this._cibleObligatoire(), v);
            },
          });
        },
      });
    }
    this._proprietes = proprietes;
    const cree = options.cree;
    if (cree) {
      this.context.enfiler({
        requete: { call: cree.nom, args: cree.args },
        executer: () => {
          const c = this._resoudre();
          if (c === null && !cree.ouNul)
            throw erreur("ItemNotFound", `${cree.nom} : élément introuvable.`);
          this._cibleCreee = c;
          this._cree = true;
          this._nul = c === null;
        },
      });
    }
  }

  private readonly _proprietes: Readonly<Record<string, DefPropriete<T>>>;

  /** Cible au moment de l'exécution ; `null` pour un objet nul. */
  _cible(): T | null {
    return this._cree ? this._cibleCreee : this._resoudre();
  }

  _cibleObligatoire(): T {
    const c = this._cible();
    if (c === null) throw erreur("ItemNotFound", "L'objet demandé n'existe pas (objet nul).");
    return c;
  }

  get isNullObject(): boolean {
    if (this._nul === undefined) {
      throw erreur("PropertyNotLoaded", "isNullObject n'est connu qu'après context.sync().");
    }
    return this._nul;
  }

  protected _lirePropriete(nom: string): unknown {
    if (!this._valeurs.has(nom)) {
      throw erreur(
        "PropertyNotLoaded",
        `La propriété « ${nom} » n'est pas chargée : appelez load("${nom}") puis context.sync().`,
      );
    }
    return this._valeurs.get(nom);
  }

  /** Enfants navigables (« format », « fill »…) ; les collections redéfinissent `_chargerChemins`. */
  protected _enfant(_nom: string): ObjetClient<unknown> | undefined {
    return undefined;
  }

  /** Hook : comptage des cellules lues (plages). */
  protected _avantLecture(_proprietes: readonly string[], _cible: T): void {}

  /** Exécute un chargement maintenant (au sync) ; renvoie le fragment de réponse. */
  _chargerChemins(paths: readonly string[] | undefined): Record<string, unknown> {
    const cible = this._cible();
    const scalaires = paths?.filter((p) => !p.includes("/")) ?? Object.keys(this._proprietes);
    const sousChemins = new Map<string, string[]>();
    for (const p of paths ?? []) {
      const [tete, ...reste] = p.split("/");
      if (reste.length && tete)
        sousChemins.set(tete, [...(sousChemins.get(tete) ?? []), reste.join("/")]);
    }
    const fragment: Record<string, unknown> = {};
    const lues: [string, unknown][] = [];
    const scalairesPropres = scalaires.filter((s) => this._proprietes[s]);
    if (cible !== null && scalairesPropres.length) this._avantLecture(scalairesPropres, cible);
    for (const s of scalaires) {
      const def = this._proprietes[s];
      if (!def) {
        const enfant = this._enfant(s);
        if (!enfant) throw erreur("InvalidArgument", `Propriété inconnue : « ${s} ».`);
        fragment[s] = enfant._chargerChemins(undefined);
        continue;
      }
      const v = cible === null ? null : def.lire(cible);
      fragment[s] = v;
      lues.push([s, v]);
    }
    for (const [nom, sous] of sousChemins) {
      const enfant = this._enfant(nom);
      if (!enfant) throw erreur("InvalidArgument", `Propriété inconnue : « ${nom} ».`);
      fragment[nom] = enfant._chargerChemins(sous);
    }
    this.context.valider(() => {
      if (!this._cree) this._nul = cible === null;
      for (const [k, v] of lues) this._valeurs.set(k, v);
    });
    return fragment;
  }

  load(spec?: Spec): this {
    const paths = chemins(spec);
    this.context.enfiler({
      requete: { load: paths ?? "*" },
      executer: () => this._chargerChemins(paths),
    });
    return this;
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this._valeurs);
  }
}

/** Résultat d'une méthode (`getCellProperties`, `getCount`) : `value` lisible après `sync`. */
export class ResultatClient<V> {
  private _pret = false;
  private _v: V | undefined;
  constructor(context: ContexteBase, requete: unknown, calculer: () => V) {
    context.enfiler({
      requete,
      executer: () => {
        const v = calculer();
        context.valider(() => {
          this._v = v;
          this._pret = true;
        });
        return v;
      },
    });
  }
  get value(): V {
    if (!this._pret)
      throw erreur("PropertyNotLoaded", "Résultat lisible seulement après context.sync().");
    return this._v as V;
  }
}

/** Action sans résultat (méthode) : mise en file, exécutée au sync. */
export function enfilerAppel(
  context: ContexteBase,
  nom: string,
  args: unknown[],
  f: () => void,
): void {
  context.enfiler({ requete: { call: nom, args }, executer: () => void f() });
}

/** Objet navigable sans méthode (`rule`, `fill`, `protection`…) : seulement des propriétés. */
export class ObjetSimple<T> extends ObjetClient<T> {
  constructor(
    ctx: ContexteBase,
    cible: () => T | null,
    props: Readonly<Record<string, DefPropriete<T>>>,
  ) {
    super(ctx, cible, props);
  }
}
