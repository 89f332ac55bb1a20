import { expect, test, verifierAxe } from "./outils/fixtures";

test.describe("coque du volet, hors d'Excel", () => {
  test("se charge dans Chromium : onReady sans hôte, bandeau « Hors d'Excel », accessible", async ({
    page,
  }) => {
    await page.goto("/taskpane.html");
    await expect(page.getByRole("heading", { level: 1, name: "Diagnostic CPOM" })).toBeVisible();
    await expect(page.getByText("Hors d'Excel", { exact: true })).toBeVisible();
    await expect(page.getByText(/fonctionne ici hors d'Excel/)).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("data-hote", "hors-excel");
    const info = await page.evaluate(async () => {
      const i = await Office.onReady();
      return { host: i.host, platform: i.platform };
    });
    expect(info).toEqual({ host: null, platform: null });
    await verifierAxe(page);
  });

  test("fichier de fonctions du ruban : se charge sans erreur", async ({ page }) => {
    await page.goto("/commands.html");
    const info = await page.evaluate(async () => (await Office.onReady()).host);
    expect(info).toBeNull();
  });
});

test.describe("coque du volet, office.js injoignable", () => {
  test.use({
    officeJs: "injoignable",
    consoleToleree: [/Failed to load resource: net::ERR_INTERNET_DISCONNECTED/],
  });

  test("ouvert directement dans le navigateur, hors ligne : « Hors d'Excel », pas « vérifiez l'accès à Internet »", async ({
    page,
  }) => {
    await page.goto("/taskpane.html");
    await expect(page.getByText("Hors d'Excel", { exact: true })).toBeVisible();
    await expect(page.getByText(/Vérifiez l'accès à Internet/)).toHaveCount(0);
    await expect(page.locator("html")).toHaveAttribute("data-hote", "hors-excel");
    await verifierAxe(page);
  });

  test("ouvert par Excel (_host_Info) : dit en français qu'Office est indisponible, sans planter", async ({
    page,
  }) => {
    await page.goto("/taskpane.html?_host_Info=Excel$Win32$16.01$fr-FR$$$$0");
    await expect(page.getByText("Office indisponible", { exact: true })).toBeVisible();
    await expect(page.getByText(/office\.js\) n'a pas pu être chargée/)).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("data-hote", "office-indisponible");
    await verifierAxe(page);
  });
});
