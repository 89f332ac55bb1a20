import { ErreurPublication, lireAdresse } from "../../scripts/publication/adresse";

describe("lireAdresse", () => {
  it.each([
    ["https://intranet.exemple.fr/cpom/", "https://intranet.exemple.fr/cpom/"],
    ["https://intranet.exemple.fr/cpom", "https://intranet.exemple.fr/cpom/"],
    ["  https://Intranet.Exemple.FR/cpom/  ", "https://intranet.exemple.fr/cpom/"],
    ["https://cpom.ars.example.org", "https://cpom.ars.example.org/"],
    ["https://ars.example.org:8443/a/b", "https://ars.example.org:8443/a/b/"],
    ["https://localhost:3443/cpom/", "https://localhost:3443/cpom/"],
  ])("accepte %s → %s", (saisie, attendue) => {
    expect(lireAdresse(saisie)).toBe(attendue);
  });

  it.each([
    [
      "absente",
      undefined,
      /ADRESSE_PUBLICATION est absente.*https:\/\/intranet\.exemple\.fr\/cpom\//,
    ],
    ["vide", "   ", /est absente/],
    ["en http", "http://intranet.exemple.fr/cpom/", /doit commencer par https:\/\//],
    ["en ftp", "ftp://intranet.exemple.fr/cpom/", /doit commencer par https:\/\//],
    ["sans protocole", "intranet.exemple.fr/cpom/", /n'est pas une adresse web valable/],
    [
      "avec identifiants",
      "https://moi:secret@intranet.exemple.fr/",
      /identifiant ni de mot de passe/,
    ],
    ["avec paramètres", "https://intranet.exemple.fr/cpom/?v=2", /sans « \? » ni « # »/],
    ["avec ancre", "https://intranet.exemple.fr/cpom/#a", /sans « \? » ni « # »/],
    ["avec une apostrophe", "https://intranet.exemple.fr/l'outil/", /caractères non permis/],
  ])("refuse une adresse %s, en français", (_nom, saisie, attendu) => {
    expect(() => lireAdresse(saisie)).toThrow(ErreurPublication);
    expect(() => lireAdresse(saisie)).toThrow(attendu);
  });
});
