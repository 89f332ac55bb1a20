import { codeLecture, messageEcriture } from "../../../src/gateway/xlsx/erreurs-systeme";

const erreur = (code: string) => Object.assign(new Error(`${code}: brut, open 'x'`), { code });

describe("erreurs du système de fichiers en français", () => {
  it.each([
    ["ENOENT", "introuvable"],
    ["EACCES", "acces-refuse"],
    ["EPERM", "acces-refuse"],
    ["EISDIR", "est-un-dossier"],
    ["EINVAL", null],
  ])("lecture %s → %s", (code, attendu) => {
    expect(codeLecture(erreur(code))).toBe(attendu);
  });

  it.each([
    ["EACCES", /accès refusé/],
    ["EEXIST", /existe déjà/],
    ["ENOENT", /dossier de destination n'existe pas/],
    ["EISDIR", /est un dossier/],
    ["ENOSPC", /disque est plein/],
    ["EROFS", /lecture seule/],
    ["EXYZ", /erreur système EXYZ/],
  ])("écriture %s : message français, sans code brut connu", (code, motif) => {
    const m = messageEcriture(erreur(code), "fiches.xlsx");
    expect(m).toMatch(/^Impossible d'écrire « fiches\.xlsx »/);
    expect(m).toMatch(motif);
    expect(m).not.toContain("brut");
  });
});
