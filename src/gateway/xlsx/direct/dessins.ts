import { lireRelations } from "./classeur";
import { verifierForme } from "./forme-xml";
import { Repli, verifierRacine, type LecteurXml } from "./xml";

/**
 * Dessins (images, formes, boutons), images de fond et commentaires (notes) comme ExcelJS 4.4 les
 * charge (ADR 0018). Rien n'en passe dans l'instantané : ExcelJS attache une note à la cellule
 * écrite de même adresse sans en créer aucune (une note sur une cellule vide ne change ni les
 * lignes ni les colonnes), et garde les images à part de la grille. Mais son chargement échoue
 * (`endommage`) quand ces parties ne se tiennent pas : le lecteur direct vérifie donc leur forme
 * et tout ce dont ExcelJS se sert pour les relier (racines, relations, cibles) ; ce qui sort de
 * ce qu'il vérifie fait repasser par ExcelJS (`Repli`), qui tranche.
 */

const RELATIONS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const TYPE_COMMENTAIRES = `${RELATIONS}/comments`;
const TYPE_VML = `${RELATIONS}/vmlDrawing`;

/** Parties reliées aux feuilles, par clé ExcelJS (nom d'un dessin, cible d'un commentaire…). */
export interface PartiesReliees {
  /** `xl/drawings/NOM.xml`, par NOM. */
  readonly dessins: ReadonlyMap<string, string>;
  /** `xl/drawings/_rels/NOM.xml.rels`, par NOM. */
  readonly relsDessins: ReadonlyMap<string, string>;
  /** `xl/commentsN.xml`, par cible de relation (`../commentsN.xml`). */
  readonly commentaires: ReadonlyMap<string, string>;
  /** `xl/drawings/vmlDrawingN.vml`, par cible de relation (`../drawings/vmlDrawingN.vml`). */
  readonly vml: ReadonlyMap<string, string>;
}

/** Ce que les feuilles peuvent citer sans qu'ExcelJS échoue (parties lues et vérifiées). */
export interface PartiesVerifiees {
  readonly dessins: ReadonlySet<string>;
  readonly commentaires: ReadonlySet<string>;
  readonly vml: ReadonlySet<string>;
}

export const AUCUNE_PARTIE: PartiesVerifiees = {
  dessins: new Set(),
  commentaires: new Set(),
  vml: new Set(),
};

type Relation = Readonly<Record<string, string>>;

/** Les relations par `Id`, la dernière l'emportant (le `reduce` d'ExcelJS). */
function parId(relations: readonly Relation[]): Map<string, Relation> {
  const res = new Map<string, Relation>();
  for (const r of relations) if (r.Id !== undefined) res.set(r.Id, r);
  return res;
}

/**
 * Un dessin (DrawingXform) : racine `xdr:wsDr`. Avec ses relations, ExcelJS cherche l'image de
 * chaque `xdr:pic` (`a:blip r:embed`) et lit la cible de la relation : elle doit exister.
 */
function verifierDessin(
  xml: string,
  partie: string,
  rels: Map<string, Relation> | undefined,
): void {
  const images: string[] = [];
  let racines = 0;
  const l = verifierForme(xml, partie, (x) => {
    if (x.nom === "xdr:wsDr") racines++;
    else if (x.nom === "a:blip") {
      const id = x.attrs()["r:embed"];
      if (id !== undefined) images.push(id);
    }
  });
  verifierRacine(l, "xdr:wsDr");
  if (racines !== 1) l.echec("<xdr:wsDr> imbriqué");
  if (!rels) return;
  for (const id of images) {
    if (rels.get(id)?.Target === undefined) l.echec(`image ${id} sans relation`);
  }
}

/** Propriétés de police d'un fragment de texte (`rPr`) que la FontXform d'ExcelJS lit. */
const POLICE = new Set([
  "b", "i", "u", "charset", "color", "condense", "extend", "family", "outline", "vertAlign",
  "scheme", "shadow", "strike", "sz", "rFont",
]); // prettier-ignore
const ATTRIBUTS_COMMENTAIRE = new Set(["ref", "authorId", "shapeId", "guid", "xr:uid"]);

/**
 * Une partie de commentaires (CommentsXform) : `comment` seulement dans la `commentList` de la
 * racine, attributs connus (ExcelJS les recopie dans la note : `type` ou `note` la casseraient),
 * fragments `r` non imbriqués, faits de `rPr` (propriétés de police sans enfants) et de `t`.
 * ExcelJS échoue sur une note imbriquée, un `r` dans un `r` ou une propriété de police à enfants.
 */
function verifierCommentaires(xml: string, partie: string): void {
  let listes = 0;
  const l = verifierForme(xml, partie, (x: LecteurXml, vide: boolean) => {
    const pile = vide ? x.pile : x.pile.slice(0, -1);
    const parent = pile[pile.length - 1];
    const nom = x.nom;
    if (nom === "commentList") {
      if (pile.length !== 1) x.echec("<commentList> imbriquée");
      listes++;
    } else if (nom === "comment") {
      if (pile.length !== 2 || parent !== "commentList") x.echec("<comment> hors de commentList");
      for (const a of Object.keys(x.attrs())) {
        if (!ATTRIBUTS_COMMENTAIRE.has(a)) x.echec(`attribut ${a} d'une note`);
      }
    } else if (pile.includes("comment")) {
      if (nom === "r" && parent !== "text") x.echec("<r> hors de <text>");
      if (parent === "r" && nom !== "rPr" && nom !== "t") x.echec(`<${nom}> dans <r>`);
      if (parent === "rPr" && !POLICE.has(nom)) x.echec(`<${nom}> dans <rPr>`);
      if (parent !== undefined && (parent === "t" || POLICE.has(parent))) {
        x.echec(`<${nom}> dans <${parent}>`);
      }
    }
  });
  verifierRacine(l, "comments");
  if (listes === 0) l.echec("commentaires sans commentList");
}

/** Les dessins, commentaires et VML d'un classeur, vérifiés (ExcelJS les analyse tous). */
export function verifierPartiesReliees(
  p: PartiesReliees,
  texte: (chemin: string) => string,
): PartiesVerifiees {
  const rels = new Map<string, Map<string, Relation>>();
  for (const [nom, chemin] of p.relsDessins)
    rels.set(nom, parId(lireRelations(texte(chemin), chemin)));
  for (const [nom, chemin] of p.dessins) verifierDessin(texte(chemin), chemin, rels.get(nom));
  for (const chemin of p.commentaires.values()) verifierCommentaires(texte(chemin), chemin);
  for (const chemin of p.vml.values()) {
    // VmlNotesXform : hors de la racine `xml`, la première forme lue le fait échouer.
    verifierRacine(verifierForme(texte(chemin), chemin), "xml");
  }
  return {
    dessins: new Set(p.dessins.keys()),
    commentaires: new Set(p.commentaires.keys()),
    vml: new Set(p.vml.keys()),
  };
}

/** Ce qu'une feuille cite : `<drawing r:id>` et `<picture r:id>` (image de fond). */
export interface CitationsFeuille {
  readonly dessins: readonly (string | undefined)[];
  readonly fonds: readonly (string | undefined)[];
}

/** Cible d'un dessin que WorksheetXform.reconcile va chercher parmi les dessins lus. */
const RE_CIBLE_DESSIN = /\/drawings\/([a-zA-Z0-9]+)[.][a-zA-Z]{3,4}$/;

/**
 * Les liens d'une feuille vers ses dessins, son image de fond et ses commentaires, tels que
 * WorksheetXform.reconcile les suit : chaque lien qu'il suit doit mener à une partie vérifiée.
 */
export function verifierLiensFeuille(
  relations: readonly Relation[] | undefined,
  citations: CitationsFeuille,
  parties: PartiesVerifiees,
  partie: string,
): void {
  const echec = (raison: string): never => {
    throw new Repli(`${partie} : ${raison}`);
  };
  const rels = parId(relations ?? []);
  if (citations.dessins.length > 1 || citations.fonds.length > 1) echec("plusieurs dessins");
  for (const id of citations.dessins) {
    const cible = id === undefined ? undefined : rels.get(id)?.Target;
    if (cible === undefined) echec("dessin sans relation");
    const m = RE_CIBLE_DESSIN.exec(cible as string);
    if (m && !parties.dessins.has(m[1] as string)) echec(`dessin « ${cible} » absent`);
  }
  for (const id of citations.fonds) {
    // ExcelJS lit la cible de la relation trouvée (même héritée d'Object, « constructor »…).
    const rel = id === undefined ? undefined : rels.get(id);
    if (rel ? rel.Target === undefined : id !== undefined && id in {}) echec("image de fond");
  }
  let commentaires = false;
  for (const r of relations ?? []) {
    if (r.Type === TYPE_COMMENTAIRES) {
      if (r.Target === undefined || !parties.commentaires.has(r.Target)) {
        echec(`commentaires « ${r.Target ?? ""} » absents`);
      }
      commentaires = true;
    } else if (/\/comments$/.test(r.Type ?? "")) echec(`relation ${r.Type ?? ""}`);
  }
  if (!commentaires) return;
  for (const r of relations ?? []) {
    if (r.Type === TYPE_VML && (r.Target === undefined || !parties.vml.has(r.Target))) {
      echec(`VML « ${r.Target ?? ""} » absent`);
    }
  }
}
