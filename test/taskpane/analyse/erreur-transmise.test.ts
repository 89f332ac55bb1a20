import { ErreurDiagnostic } from "../../../src/domain/erreurs/erreur-diagnostic";
import { erreurDomaine, rendreErreurDomaine } from "../../../src/domain/erreurs/fr";
import { analyseurDuVolet } from "../../../src/taskpane/analyse/analyseur";
import {
  reconstruireErreur,
  transmettreErreur,
} from "../../../src/taskpane/analyse/erreur-transmise";
import { repondre } from "../../../src/taskpane/analyse/messages";
import { messageErreur } from "../../../src/use-cases/session";
import { petitDiagnostic } from "../outils";
import { cloner, ETAPES, FauxFil } from "./faux-fil";

/**
 * Une erreur pour l'utilisateur levée dans le fil d'analyse (ADR 0015, 0022) : elle traverse
 * `postMessage` en `{ code, params }` et redevient une `ErreurDiagnostic`, dite telle quelle par
 * la session ; une faute du programme reste « Erreur inattendue ».
 */
const TYPE_INCONNU = { code: "classeur/type-inconnu", params: { type: "annexe-9" } } as const;

const filQuiLeve = (e: unknown, etape: "sommaire" | "complete") =>
  new FauxFil((d, envoyer) =>
    repondre(
      d,
      {
        ...ETAPES,
        [etape]: () => {
          throw e;
        },
      },
      envoyer,
    ),
  );

describe("erreur transmise par le fil d'analyse", () => {
  it("une ErreurDiagnostic survit au clonage structuré : code, paramètres, message français", () => {
    const e = reconstruireErreur(cloner(transmettreErreur(erreurDomaine(TYPE_INCONNU))));
    expect(e).toBeInstanceOf(ErreurDiagnostic);
    expect(e).toMatchObject({ code: TYPE_INCONNU.code, params: TYPE_INCONNU.params });
    expect(e.message).toBe(rendreErreurDomaine(TYPE_INCONNU));
    expect(messageErreur(e)).toBe("Type d'onglet inconnu : annexe-9.");
  });

  it.each(["sommaire", "complete"] as const)(
    "levée pendant l'étape « %s » : la session dit le message de l'erreur, pas « Erreur inattendue »",
    async (etape) => {
      const a = analyseurDuVolet(() => filQuiLeve(erreurDomaine(TYPE_INCONNU), etape));
      const erreur = await a.analyser(petitDiagnostic()).then(
        () => null,
        (e: unknown) => e,
      );
      expect(erreur).toBeInstanceOf(ErreurDiagnostic);
      expect(messageErreur(erreur)).toBe(rendreErreurDomaine(TYPE_INCONNU));
    },
  );

  it("une faute du programme reste une faute : « Erreur inattendue » avec son détail", async () => {
    const a = analyseurDuVolet(() => filQuiLeve(new TypeError("x is undefined"), "complete"));
    const erreur = await a.analyser(petitDiagnostic()).then(
      () => null,
      (e: unknown) => e,
    );
    expect(erreur).not.toBeInstanceOf(ErreurDiagnostic);
    expect(messageErreur(erreur)).toMatch(/^Erreur inattendue : x is undefined\./);
  });

  it("une valeur levée qui n'est pas une Error : son texte", () => {
    expect(reconstruireErreur(cloner(transmettreErreur("perdu"))).message).toBe("perdu");
  });
});
