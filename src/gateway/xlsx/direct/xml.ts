/**
 * Lecture XML minimale du lecteur direct (ADR 0018) : un curseur de balises sur la chaîne d'une
 * partie, sans arbre ni bibliothèque. Il vérifie l'imbrication des balises et les entités comme le
 * ferait l'analyseur strict d'ExcelJS (saxes) ; tout ce qu'il ne sait pas lire avec certitude
 * (CDATA, DTD, déclaration XML mal placée, caractère de contrôle, entité inconnue) lève `Repli` :
 * la lecture reprend alors par ExcelJS, qui décide. Les fins de ligne sont normalisées avant
 * (`normaliserFinsDeLigne`), comme saxes le fait.
 */

import { decoder, Repli } from "./entites";

export { decoder, normaliserFinsDeLigne, Repli, verifierPartie, xmlDecodeExcelJs } from "./entites";

export const OUVRANTE = 1;
export const FERMANTE = 2;
export const VIDE = 3;
export const TEXTE = 4;
export const FIN = 0;
export type Jeton = typeof OUVRANTE | typeof FERMANTE | typeof VIDE | typeof TEXTE | typeof FIN;

const RE_NOM = /^[A-Za-z_][\w.:-]*$/;
const RE_ATTR = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Curseur de balises : `suivant()` avance d'un jeton ; `nom`, `attributs`, `texte` le décrivent. */
export class LecteurXml {
  pos = 0;
  nom = "";
  /** Attributs de la balise courante : `xml.slice(debutAttrs, finAttrs)`. */
  debutAttrs = 0;
  finAttrs = 0;
  /** Texte brut (non décodé) du jeton TEXTE courant. */
  texte = "";
  private readonly ouverts: string[] = [];
  private racines = 0;

  constructor(
    readonly xml: string,
    readonly partie: string,
  ) {}

  /** Texte brut des attributs de la balise courante. */
  get attributs(): string {
    return this.xml.slice(this.debutAttrs, this.finAttrs);
  }

  /** Nom de la balise courante (méthode : TypeScript ne le fige pas d'un jeton à l'autre). */
  balise(): string {
    return this.nom;
  }

  /** Éléments ouverts, de la racine à l'élément courant (compris s'il vient de s'ouvrir). */
  get pile(): readonly string[] {
    return this.ouverts;
  }

  /** Nom de l'élément racine (ExcelJS ne lit une partie que sous sa racine attendue). */
  racine = "";
  /** Éléments ouverts autour du jeton courant. */
  profondeur = 0;

  suivant(): Jeton {
    const x = this.xml;
    for (;;) {
      const p = this.pos;
      if (p >= x.length) {
        if (this.profondeur > 0 || this.racines !== 1) this.echec("partie XML incomplète");
        return FIN;
      }
      const lt = x.indexOf("<", p);
      if (lt !== p) {
        const fin = lt < 0 ? x.length : lt;
        this.pos = fin;
        if (this.profondeur === 0) {
          if (/\S/.test(x.slice(p, fin))) this.echec("texte hors de l'élément racine");
          continue;
        }
        this.texte = x.slice(p, fin);
        return TEXTE;
      }
      const c = x.charCodeAt(p + 1);
      if (c === 63 /* ? */) {
        const f = x.indexOf("?>", p + 2);
        if (f < 0) this.echec("instruction inachevée");
        verifierInstruction(this, x, p, f);
        this.pos = f + 2;
        continue;
      }
      if (c === 33 /* ! */) {
        if (!x.startsWith("<!--", p)) this.echec("déclaration inattendue");
        const f = x.indexOf("-->", p + 4);
        if (f < 0) this.echec("commentaire inachevé");
        // saxes refuse « -- » dans un commentaire, et « ---> » pour le fermer.
        const corps = x.slice(p + 4, f);
        if (corps.includes("--") || corps.endsWith("-")) this.echec("commentaire mal formé");
        this.pos = f + 3;
        continue;
      }
      // Balise : nom, puis attributs jusqu'au « > » hors guillemets.
      const n = x.length;
      let i = p + 1;
      const fermante = x.charCodeAt(i) === 47; /* / */
      if (fermante) i++;
      const debutNom = i;
      for (; i < n; i++) {
        const ch = x.charCodeAt(i);
        if (ch === 62 || ch === 47 || ch === 32 || ch === 9 || ch === 10) break;
      }
      let q = 0;
      let j = i;
      for (; j < n; j++) {
        const ch = x.charCodeAt(j);
        if (q !== 0) {
          if (ch === q) q = 0;
        } else if (ch === 62) break;
        else if (ch === 34 || ch === 39) q = ch;
      }
      if (j >= n || i === debutNom) this.echec("balise illisible");
      this.nom = x.slice(debutNom, i);
      const vide = x.charCodeAt(j - 1) === 47 && j - 1 >= i;
      this.debutAttrs = i;
      this.finAttrs = vide ? j - 1 : j;
      this.pos = j + 1;
      if (fermante) {
        if (vide || (this.finAttrs > i && /\S/.test(this.attributs))) {
          this.echec("balise fermante illisible");
        }
        if (this.ouverts.pop() !== this.nom) this.echec(`balise </${this.nom}> mal imbriquée`);
        this.profondeur--;
        return FERMANTE;
      }
      if (!RE_NOM.test(this.nom)) this.echec(`nom de balise « ${this.nom} »`);
      if (this.profondeur === 0) {
        if (++this.racines > 1) this.echec("plusieurs éléments racine");
        this.racine = this.nom;
      }
      if (vide) return VIDE;
      this.ouverts.push(this.nom);
      this.profondeur++;
      return OUVRANTE;
    }
  }

  /** Valeurs lues par `troisAttrs`. */
  v1: string | undefined;
  v2: string | undefined;
  v3: string | undefined;

  /**
   * Trois attributs de la balise courante (décodés) dans `v1`, `v2`, `v3`, en un seul parcours
   * des attributs (chemin chaud : cellules, lignes, formules).
   */
  troisAttrs(n1: string, n2: string, n3: string): void {
    this.v1 = this.v2 = this.v3 = undefined;
    const a = this.xml;
    const n = this.finAttrs;
    let i = this.debutAttrs;
    while (i < n) {
      let c = a.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10) {
        i++;
        continue;
      }
      const debut = i;
      while (i < n && (c = a.charCodeAt(i)) !== 61 /* = */ && c !== 32) i++;
      const fin = i;
      while (i < n && a.charCodeAt(i) === 32) i++;
      if (a.charCodeAt(i) !== 61) this.echec("attribut illisible");
      i++;
      while (i < n && a.charCodeAt(i) === 32) i++;
      const q = a.charCodeAt(i);
      if (q !== 34 && q !== 39) this.echec("attribut sans guillemets");
      const f = a.indexOf(q === 34 ? '"' : "'", i + 1);
      if (f < 0) this.echec("attribut inachevé");
      const lg = fin - debut;
      let cible = 0;
      if (lg === n1.length && a.startsWith(n1, debut)) cible = 1;
      else if (lg === n2.length && a.startsWith(n2, debut)) cible = 2;
      else if (lg === n3.length && a.startsWith(n3, debut)) cible = 3;
      if (cible !== 0) {
        const v = a.slice(i + 1, f);
        if (v.indexOf("\t") >= 0 || v.indexOf("\n") >= 0 || v.indexOf("<") >= 0) {
          this.echec("attribut à normaliser");
        }
        const d = v.indexOf("&") < 0 ? v : decoder(v);
        if (cible === 1) this.v1 = d;
        else if (cible === 2) this.v2 = d;
        else this.v3 = d;
      }
      i = f + 1;
    }
  }

  /** Un attribut de la balise courante (décodé), sans analyser les autres. */
  attr(nom: string): string | undefined {
    const a = this.attributs;
    if (a.length === 0) return undefined;
    if (a.indexOf("'") >= 0) return this.attrs()[nom];
    const motif = `${nom}="`;
    for (let p = a.indexOf(motif); p >= 0; p = a.indexOf(motif, p + 1)) {
      const avant = a.charCodeAt(p - 1);
      if (avant !== 32 && avant !== 9 && avant !== 10) continue;
      let guillemets = 0;
      for (let k = a.indexOf('"'); k >= 0 && k < p; k = a.indexOf('"', k + 1)) guillemets++;
      if (guillemets % 2 !== 0) continue;
      const d = p + motif.length;
      const f = a.indexOf('"', d);
      if (f < 0) this.echec("attribut inachevé");
      const v = a.slice(d, f);
      if (v.indexOf("\t") >= 0 || v.indexOf("\n") >= 0 || v.indexOf("<") >= 0) {
        this.echec("attribut à normaliser");
      }
      return v.indexOf("&") < 0 ? v : decoder(v);
    }
    return undefined;
  }

  /** Saute le contenu de l'élément qui vient de s'ouvrir (OUVRANTE), jusqu'à sa fermeture. */
  sauter(): void {
    const niveau = this.profondeur - 1;
    while (this.profondeur > niveau) if (this.suivant() === FIN) return;
  }

  /** Attributs de la balise courante, décodés (nom qualifié → valeur). */
  attrs(): Record<string, string> {
    const res: Record<string, string> = {};
    if (!this.attributs) return res;
    RE_ATTR.lastIndex = 0;
    for (let m = RE_ATTR.exec(this.attributs); m; m = RE_ATTR.exec(this.attributs)) {
      const brut = m[2] ?? m[3] ?? "";
      if (/[\t\n<]/.test(brut)) this.echec("attribut à normaliser");
      const nom = m[1] as string;
      if (nom in res) this.echec(`attribut ${nom} répété`);
      res[nom] = decoder(brut);
    }
    return res;
  }

  echec(raison: string): never {
    throw new Repli(`${this.partie} : ${raison}`);
  }
}

/** Déclaration XML que saxes accepte, en version 1.0 (une autre version change ses règles). */
const RE_DECLARATION =
  /^<\?xml\s+version\s*=\s*(["'])1\.0\1(?:\s+encoding\s*=\s*(["'])[A-Za-z][\w.-]*\2)?(?:\s+standalone\s*=\s*(["'])(?:yes|no)\3)?\s*\?>$/;

/**
 * Instruction `<?…?>` entre `p` et `f` : une cible nommée ; la cible « xml » (déclaration) n'est
 * admise qu'au début de la partie et sous la forme que saxes accepte en XML 1.0.
 */
function verifierInstruction(l: LecteurXml, x: string, p: number, f: number): void {
  const cible = /^[^\s?]*/.exec(x.slice(p + 2, f))?.[0] ?? "";
  if (!RE_NOM.test(cible)) l.echec("instruction sans cible");
  if (cible.toLowerCase() !== "xml") return;
  const debut = x.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (p !== debut || !RE_DECLARATION.test(x.slice(p, f + 2))) l.echec("déclaration XML");
}

/**
 * Parcourt les descendants d'un élément qui vient d'être lu (`ouverte` : il n'est pas vide) ;
 * `surEnfant` reçoit chaque balise ouvrante ou vide, et saute le contenu qu'il ne lit pas.
 */
export function enfants(l: LecteurXml, ouverte: boolean, surEnfant: (vide: boolean) => void): void {
  if (!ouverte) return;
  const niveau = l.profondeur;
  for (;;) {
    const j = l.suivant();
    if (j === FIN) return;
    if (j === FERMANTE && l.profondeur < niveau) return;
    if (j === OUVRANTE || j === VIDE) surEnfant(j === VIDE);
  }
}

/** Refuse (`Repli`) une partie lue dont la racine n'est pas celle qu'ExcelJS attend. */
export function verifierRacine(l: LecteurXml, attendue: string): void {
  if (l.racine !== attendue) l.echec(`racine <${l.racine}> au lieu de <${attendue}>`);
}
