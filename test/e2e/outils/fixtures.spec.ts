import { expect, test, verifierAxe } from "./fixtures";

// Les garde-fous des tests de bout en bout doivent vraiment attraper ce qu'ils promettent.
test.describe("outils e2e, politique de sécurité (CSP) contournée", () => {
  // La CSP des pages construites bloque cette requête avant la garde : on la contourne pour
  // éprouver la garde seule (elle protège aussi ce que la CSP ne couvre pas).
  test.use({ bypassCSP: true });

  test("la garde réseau refuse et note une requête hors localhost", async ({
    page,
    requetesRefusees,
    erreursConsole,
  }) => {
    await page.goto("/taskpane.html");
    const resultat = await page.evaluate(() =>
      fetch("https://exemple.invalid/donnees.json").then(
        () => "reçu",
        () => "refusé",
      ),
    );
    expect(resultat).toBe("refusé");
    expect(requetesRefusees).toEqual(["https://exemple.invalid/donnees.json"]);
    // Vidées pour que ce test-ci passe ; ailleurs, leur contenu fait échouer le test.
    requetesRefusees.length = 0;
    erreursConsole.length = 0;
  });
});

test.describe("outils e2e", () => {
  test("les erreurs de console et les exceptions non captées sont collectées", async ({
    page,
    erreursConsole,
  }) => {
    await page.goto("/taskpane.html");
    await page.evaluate(() => {
      console.error("erreur volontaire");
      setTimeout(() => {
        throw new Error("exception volontaire");
      });
    });
    await expect.poll(() => erreursConsole.length).toBe(2);
    expect(erreursConsole).toEqual([
      "console.error : erreur volontaire",
      "exception non captée : exception volontaire",
    ]);
    erreursConsole.length = 0;
  });

  test("verifierAxe échoue sur une page inaccessible et nomme la règle", async ({ page }) => {
    await page.goto("/taskpane.html");
    await page.setContent(
      "<!doctype html><html><head><title>t</title></head><body><main><button></button></main></body></html>",
    );
    await expect(verifierAxe(page)).rejects.toThrow(/button-name/);
  });
});
