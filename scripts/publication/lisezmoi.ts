/** Texte du LISEZMOI.txt joint au paquet : ce que le service informatique doit faire. */
import { politiqueCsp } from "./csp";

export interface InfosLisezmoi {
  readonly adresse: string;
  readonly version: string;
  readonly fichiers: readonly string[];
}

export function texteLisezmoi({ adresse, version, fichiers }: InfosLisezmoi): string {
  return [
    `Diagnostic CPOM — complément Excel, version ${version}`,
    `Paquet construit pour l'adresse : ${adresse}`,
    "",
    "1. METTRE EN LIGNE",
    "",
    `Copier tout le contenu de cette archive dans le dossier du serveur web servi à ${adresse}`,
    `(il faut que ${adresse}taskpane.html s'ouvre dans un navigateur). Exigences :`,
    "- HTTPS avec un certificat reconnu par les postes de travail (pas de certificat auto-signé) ;",
    "- types MIME : .html text/html ; .js text/javascript ; .png image/png ; .xml text/xml ;",
    "  .json application/json ; .txt text/plain (encodage UTF-8) ;",
    "- cache : taskpane.html, commands.html, aide.html et manifest.xml en",
    "  « Cache-Control: no-cache » ; les fichiers .js (nom avec empreinte) peuvent être mis en",
    "  cache longtemps ;",
    "- accès anonyme en lecture : Office télécharge lui-même les icônes du ruban et le volet,",
    "  sans toujours pouvoir présenter d'identifiants.",
    "Serveur joignable seulement de l'intranet : au centre d'administration Microsoft 365, charger",
    "le FICHIER manifest.xml (et non un lien vers lui, que les serveurs de Microsoft devraient lire).",
    "",
    "Les postes doivent pouvoir joindre https://appsforoffice.microsoft.com (office.js, la",
    "bibliothèque d'Office fournie par Microsoft). C'est le SEUL hôte extérieur : polices, icônes et",
    "images sont dans le paquet. Chaque page porte déjà sa politique de sécurité (CSP, balise",
    "<meta>) ; le serveur peut aussi l'envoyer en en-tête HTTP Content-Security-Policy :",
    `  ${politiqueCsp()}`,
    "",
    "Vérification : ouvrir dans un navigateur",
    `  ${adresse}taskpane.html`,
    "La page affiche « Diagnostic CPOM » et le bandeau « Hors d'Excel » : c'est normal hors d'Excel.",
    "",
    "2. INSTALLER LE COMPLÉMENT DANS EXCEL",
    "",
    `Le fichier manifest.xml (ici et à ${adresse}manifest.xml) décrit le complément à Excel.`,
    "Trois façons de l'installer (pas à pas : docs/installation.md du projet) :",
    "- déploiement centralisé : centre d'administration Microsoft 365 › Paramètres ›",
    "  Applications intégrées › Charger des applications personnalisées › manifest.xml ;",
    "- catalogue de dossier partagé (Excel pour Windows) : manifest.xml dans un partage réseau",
    "  déclaré comme « catalogue de compléments approuvé » ;",
    "- chargement latéral dans Excel sur le web : Accueil › Compléments › Plus de compléments ›",
    "  Mes compléments › Charger mon complément › manifest.xml.",
    "",
    "3. METTRE À JOUR",
    "",
    "Remplacer tout le contenu du dossier par celui du nouveau paquet (supprimer les anciens",
    "fichiers .js). Si le numéro de version du manifeste a changé, recharger le nouveau",
    "manifest.xml là où il a été installé (centre d'administration, partage réseau).",
    "",
    "4. CONTENU DE L'ARCHIVE",
    "",
    ...fichiers.map((f) => `- ${f}`),
    "",
  ].join("\r\n");
}
