// Génère les icônes du complément (assets/icones/icone-{16,32,64,80}.png) sans dépendance :
// dessin vectoriel suréchantillonné, encodage PNG avec zlib et un CRC-32 maison.
// Usage : node scripts/icones/generer-icones.mjs   (sortie déterministe, à commiter)
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { deflateSync } from "node:zlib";

const RACINE = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const SORTIE = join(RACINE, "assets", "icones");
export const TAILLES = [16, 32, 64, 80];

const BLEU = [15, 108, 189]; // jeton Fluent « brand » (#0F6CBD)
const BLANC = [255, 255, 255];
const VERT = [16, 124, 16]; // vert Excel (#107C10)
const GRILLE = [160, 196, 232];

/** Distance d'un point au segment [a, b]. */
function distanceSegment(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}

function dansRectangleArrondi(x, y, x0, y0, x1, y1, r) {
  const cx = Math.max(x0 + r, Math.min(x1 - r, x));
  const cy = Math.max(y0 + r, Math.min(y1 - r, y));
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 && Math.hypot(x - cx, y - cy) <= r;
}

/**
 * Couleur (ou null = transparent) du point (x, y) de [0,1]² : carré bleu arrondi ; à partir de
 * 32 px, une feuille blanche quadrillée ; une coche (blanche à 16 px, verte sur pastille blanche
 * au-delà) : « le classeur est vérifié ».
 */
function couleur(x, y, taille) {
  if (!dansRectangleArrondi(x, y, 0.02, 0.02, 0.98, 0.98, 0.2)) return null;
  const coche = [
    [0.3, 0.52],
    [0.45, 0.68],
    [0.74, 0.34],
  ];
  if (taille < 32) {
    const d = Math.min(
      distanceSegment(x, y, coche[0], coche[1]),
      distanceSegment(x, y, coche[1], coche[2]),
    );
    return d <= 0.085 ? BLANC : BLEU;
  }
  const petite = coche.map(([cx, cy]) => [0.42 + cx * 0.5, 0.42 + cy * 0.5]);
  const d = Math.min(
    distanceSegment(x, y, petite[0], petite[1]),
    distanceSegment(x, y, petite[1], petite[2]),
  );
  if (d <= 0.045) return VERT;
  const rayon = Math.hypot(x - 0.72, y - 0.72);
  if (rayon <= 0.22) return BLANC;
  if (rayon <= 0.27) return BLEU; // liseré qui détache la pastille de la feuille
  if (x >= 0.18 && x <= 0.82 && y >= 0.16 && y <= 0.84) {
    const trait = 0.025;
    const surLigne = [0.33, 0.5, 0.67].some((l) => Math.abs(y - l) <= trait);
    const surColonne = Math.abs(x - 0.4) <= trait;
    return surLigne || surColonne ? GRILLE : BLANC;
  }
  return BLEU;
}

/** Pixels RGBA, 8×8 échantillons par pixel (bords lissés). */
export function dessiner(taille) {
  const n = 8;
  const pixels = Buffer.alloc(taille * taille * 4);
  for (let py = 0; py < taille; py++) {
    for (let px = 0; px < taille; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const c = couleur((px + (sx + 0.5) / n) / taille, (py + (sy + 0.5) / n) / taille, taille);
          if (!c) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          a += 1;
        }
      }
      const i = (py * taille + px) * 4;
      if (a > 0) {
        pixels[i] = Math.round(r / a);
        pixels[i + 1] = Math.round(g / a);
        pixels[i + 2] = Math.round(b / a);
      }
      pixels[i + 3] = Math.round((255 * a) / (n * n));
    }
  }
  return pixels;
}

const TABLE_CRC = Array.from({ length: 256 }, (_, k) => {
  let c = k;
  for (let j = 0; j < 8; j++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

export function crc32(octets) {
  let c = 0xffffffff;
  for (const o of octets) c = TABLE_CRC[(c ^ o) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function bloc(type, donnees) {
  const longueur = Buffer.alloc(4);
  longueur.writeUInt32BE(donnees.length);
  const corps = Buffer.concat([Buffer.from(type, "ascii"), donnees]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(corps));
  return Buffer.concat([longueur, corps, crc]);
}

/** Encode des pixels RGBA (8 bits) en PNG. */
export function encoderPng(largeur, hauteur, pixels) {
  const entete = Buffer.alloc(13);
  entete.writeUInt32BE(largeur, 0);
  entete.writeUInt32BE(hauteur, 4);
  entete[8] = 8; // bits par canal
  entete[9] = 6; // RGBA
  const lignes = Buffer.alloc((largeur * 4 + 1) * hauteur);
  for (let y = 0; y < hauteur; y++) {
    lignes[y * (largeur * 4 + 1)] = 0; // filtre « aucun »
    pixels.copy(lignes, y * (largeur * 4 + 1) + 1, y * largeur * 4, (y + 1) * largeur * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    bloc("IHDR", entete),
    bloc("IDAT", deflateSync(lignes, { level: 9 })),
    bloc("IEND", Buffer.alloc(0)),
  ]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  mkdirSync(SORTIE, { recursive: true });
  for (const t of TAILLES) {
    const fichier = join(SORTIE, `icone-${t}.png`);
    writeFileSync(fichier, encoderPng(t, t, dessiner(t)));
    console.log(`écrit : ${fichier}`);
  }
}
