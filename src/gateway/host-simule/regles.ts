import { adresseComplete, contient, intersecte, lireAdresse } from "./adresses";
import { type CiblePlage, verifierEcriture } from "./cellules";
import type { ContexteBase } from "./contexte";
import { erreur } from "./erreurs";
import { normaliserCouleur } from "./format";
import type { MfcModele } from "./modele";
import { enfilerAppel, ObjetClient, ObjetSimple, ResultatClient } from "./objet-client";
import { Range } from "./plage";
import { RangeAreas } from "./zones";

const TYPES_REGLE: Record<string, string> = {
  list: "List",
  wholeNumber: "WholeNumber",
  decimal: "Decimal",
  date: "Date",
  time: "Time",
  textLength: "TextLength",
  custom: "Custom",
};

/** Règle d'une validation de liste : la source doit être une chaîne (#2128 ; un Range est refusé). */
function verifierRegle(ctx: ContexteBase, regle: unknown): Record<string, unknown> {
  if (!regle || typeof regle !== "object")
    throw erreur("InvalidArgument", "Règle de validation invalide.");
  const r = regle as Record<string, unknown>;
  const types = Object.keys(r).filter((k) => TYPES_REGLE[k]);
  if (types.length !== 1)
    throw erreur("InvalidArgument", "Une validation porte exactement un type de règle.");
  const liste = r.list as { source?: unknown } | undefined;
  if (liste) {
    if (typeof liste.source !== "string" || liste.source.trim() === "") {
      throw erreur(
        "InvalidArgument",
        "La source d'une liste doit être une chaîne (« A,B » ou « =Feuille!$A$1:$A$3 »).",
      );
    }
    if (liste.source.startsWith("=")) {
      const { feuille } = lireAdresse(liste.source.slice(1));
      if (
        feuille &&
        !ctx.hote.modele.feuilles.some((f) => f.name.toLowerCase() === feuille.toLowerCase())
      ) {
        throw erreur("InvalidArgument", `Source de liste : feuille « ${feuille} » introuvable.`);
      }
    }
  }
  return JSON.parse(JSON.stringify(r)) as Record<string, unknown>;
}

/** `range.dataValidation` : `rule`, `type`, `clear()`. */
export class DataValidation extends ObjetClient<CiblePlage> {
  constructor(ctx: ContexteBase, cible: () => CiblePlage | null) {
    const regles = (t: CiblePlage) => {
      const couvrantes = t.f.validations.filter((v) => intersecte(v.range, t.z));
      const entieres = couvrantes.filter(
        (v) => contient(v.range, t.z.top, t.z.left) && contient(v.range, t.z.bottom, t.z.right),
      );
      return { couvrantes, entieres };
    };
    super(ctx, cible, {
      rule: {
        lire: (t) => {
          const { couvrantes, entieres } = regles(t);
          const derniere = entieres[entieres.length - 1];
          return couvrantes.length &&
            derniere &&
            couvrantes.every((v) => v === derniere || entieres.includes(v))
            ? derniere.rule
            : {};
        },
        ecrire: (t, v) => {
          verifierEcriture(t, true);
          t.f.validations.push({ range: { ...t.z }, rule: verifierRegle(ctx, v) });
        },
      },
      type: {
        lire: (t) => {
          const { couvrantes, entieres } = regles(t);
          if (!couvrantes.length) return "None";
          const types = new Set(
            couvrantes.map((v) => TYPES_REGLE[Object.keys(v.rule)[0] ?? ""] ?? "Custom"),
          );
          if (types.size > 1) return "MixedCriteria";
          return entieres.length ? [...types][0] : "Inconsistent";
        },
      },
    });
  }

  clear(): void {
    enfilerAppel(this.context, "dataValidation.clear", [], () => {
      const t = this._cibleObligatoire();
      verifierEcriture(t, true);
      t.f.validations = t.f.validations.filter((v) => !intersecte(v.range, t.z));
    });
  }
}

type CibleMfc = { t: CiblePlage; m: MfcModele };

/** `conditionalFormat.custom` : `rule.formula`, `format.fill.color`. */
class CustomConditionalFormat {
  readonly rule: ObjetClient<CibleMfc>;
  readonly format: { fill: ObjetClient<CibleMfc> };
  constructor(ctx: ContexteBase, cible: () => CibleMfc | null, ouNul = false) {
    const custom = () => {
      const c = cible();
      if (c && c.m.type !== "Custom" && ouNul) return null;
      if (c && c.m.type !== "Custom")
        throw erreur("InvalidOperation", `Règle de type ${c.m.type} : « custom » indisponible.`);
      return c;
    };
    this.rule = new ObjetSimple<CibleMfc>(ctx, custom, {
      formula: {
        lire: (c) => c.m.formula ?? null,
        ecrire: (c, v) => void (c.m.formula = String(v)),
      },
    });
    this.format = {
      fill: new ObjetSimple<CibleMfc>(ctx, custom, {
        color: {
          lire: (c) => (c.m.fill ? `#${c.m.fill}` : null),
          ecrire: (c, v) => void (c.m.fill = normaliserCouleur(v).slice(1)),
        },
      }),
    };
  }
}

/** `Excel.ConditionalFormat` : `id`, `type`, `custom`, `getRange()`, `delete()`. */
export class ConditionalFormat extends ObjetClient<CibleMfc> {
  readonly custom: CustomConditionalFormat;
  /** `customOrNullObject` (1.6) : objet nul si la règle n'est pas « Custom ». */
  readonly customOrNullObject: CustomConditionalFormat;
  constructor(
    ctx: ContexteBase,
    resoudre: () => CibleMfc | null,
    cree?: { nom: string; args: unknown[]; ouNul: boolean },
  ) {
    super(
      ctx,
      resoudre,
      { id: { lire: (c) => c.m.id }, type: { lire: (c) => c.m.type } },
      cree ? { cree } : {},
    );
    this.custom = new CustomConditionalFormat(ctx, () => this._cible());
    this.customOrNullObject = new CustomConditionalFormat(ctx, () => this._cible(), true);
  }
  override _chargerChemins(paths: readonly string[] | undefined): Record<string, unknown> {
    const frag = super._chargerChemins(
      paths ? paths.filter((p) => !p.startsWith("custom")) : undefined,
    );
    for (const nom of ["custom", "customOrNullObject"] as const) {
      const sous = (paths ?? [])
        .filter((p) => p.startsWith(`${nom}/`))
        .map((p) => p.slice(nom.length + 1));
      if (!sous.length) continue;
      const c = this[nom];
      const rule = sous.filter((p) => p.startsWith("rule/")).map((p) => p.slice(5));
      const fill = sous.filter((p) => p.startsWith("format/fill/")).map((p) => p.slice(12));
      frag[nom] = {
        ...(rule.length ? { rule: c.rule._chargerChemins(rule) } : {}),
        ...(fill.length ? { format: { fill: c.format.fill._chargerChemins(fill) } } : {}),
      };
    }
    return frag;
  }
  getRange(): Range {
    return new Range(
      this.context,
      () => {
        const c = this._cible();
        return c ? { f: c.t.f, z: c.m.range } : null;
      },
      { nom: "getRange", args: [], ouNul: false },
    );
  }
  getRanges(): RangeAreas {
    return new RangeAreas(
      this.context,
      () => {
        const c = this._cible();
        return c ? { f: c.t.f, zones: [c.m.range] } : null;
      },
      { nom: "getRanges", args: [], ouNul: false },
    );
  }
  delete(): void {
    enfilerAppel(this.context, "conditionalFormat.delete", [], () => {
      const c = this._cibleObligatoire();
      verifierEcriture(c.t, true);
      c.t.f.mfc = c.t.f.mfc.filter((x) => x !== c.m);
    });
  }
}

/** `range.conditionalFormats` : règles qui touchent la plage. */
export class ConditionalFormatCollection extends ObjetClient<CiblePlage> {
  private _items: ConditionalFormat[] | undefined;
  constructor(ctx: ContexteBase, cible: () => CiblePlage | null) {
    super(ctx, cible, {});
  }
  private liste(t: CiblePlage): MfcModele[] {
    return t.f.mfc.filter((m) => intersecte(m.range, t.z));
  }
  get items(): ConditionalFormat[] {
    if (!this._items)
      throw erreur("PropertyNotLoaded", "conditionalFormats.items n'est pas chargé.");
    return this._items;
  }
  override _chargerChemins(paths: readonly string[] | undefined): Record<string, unknown> {
    const t = this._cible();
    const sous = (paths ?? []).map((p) => p.replace(/^items\/?/, "")).filter(Boolean);
    const items = (t ? this.liste(t) : []).map(
      (m) => new ConditionalFormat(this.context, () => (t ? { t, m } : null)),
    );
    const frag = items.map((i) => i._chargerChemins(sous.length ? sous : undefined));
    this.context.valider(() => (this._items = items));
    return { items: frag };
  }
  add(type: string): ConditionalFormat {
    const nouvelle: { m?: MfcModele; t?: CiblePlage } = {};
    this.context.enfiler({
      requete: { call: "conditionalFormats.add", args: [type] },
      executer: () => {
        const t = this._cibleObligatoire();
        verifierEcriture(t, true);
        const modele = this.context.hote.modele;
        const m: MfcModele = { id: `{MFC-${++modele.compteurMfc}}`, range: { ...t.z }, type };
        t.f.mfc.push(m);
        Object.assign(nouvelle, { m, t });
      },
    });
    return new ConditionalFormat(this.context, () =>
      nouvelle.m && nouvelle.t ? { t: nouvelle.t, m: nouvelle.m } : null,
    );
  }
  getItemAt(i: number): ConditionalFormat {
    return new ConditionalFormat(
      this.context,
      () => {
        const t = this._cibleObligatoire();
        const m = this.liste(t)[i];
        if (!m) throw erreur("ItemNotFound", `Aucune mise en forme conditionnelle à l'index ${i}.`);
        return { t, m };
      },
      { nom: "getItemAt", args: [i], ouNul: false },
    );
  }
  getCount(): ResultatClient<number> {
    return new ResultatClient(
      this.context,
      { call: "getCount" },
      () => this.liste(this._cibleObligatoire()).length,
    );
  }
  clearAll(): void {
    enfilerAppel(this.context, "conditionalFormats.clearAll", [], () => {
      const t = this._cibleObligatoire();
      verifierEcriture(t, true);
      t.f.mfc = t.f.mfc.filter((m) => !intersecte(m.range, t.z));
    });
  }
}

export const adresseMfc = (c: CibleMfc) => adresseComplete(c.t.f.name, c.m.range);
