# Accessibilité

ACC-01 = Utilisable sans la vue
    .requirement = La configuration, la réinitialisation et la mise à jour du produit, ainsi que la suppression de ses données, peuvent toutes être effectuées par une personne non voyante.
    .rationale = Les personnes aveugles et malvoyantes dépendent des produits connectés autant que quiconque, et doivent pouvoir en assurer la sécurité sans aide.
    .consumer = Les personnes aveugles peuvent configurer, mettre à jour et réinitialiser l’appareil seules.

ACC-02 = Utilisable sans motricité fine
    .requirement = Chaque commande du produit dispose d’une alternative qui ne requiert pas de motricité fine, de sorte qu’aucune fonction ne dépende uniquement de boutons minuscules, de gestes précis ou d’une prise ferme.
    .rationale = Les petits boutons et les appuis prolongés excluent les personnes à la dextérité limitée, souvent de fonctions de sécurité comme la réinitialisation.
    .consumer = Pas besoin d’avoir la main sûre pour utiliser toutes les commandes.

ACC-03 = État signalé de plusieurs façons
    .requirement = Le produit indique son état de plusieurs façons, par exemple à la fois par la lumière et le son, ou par la lumière et la vibration.
    .rationale = Un signal destiné à un seul sens échappe aux personnes qui en sont privées, y compris lorsqu’il s’agit d’avertissements relatifs à la sécurité ou à l’enregistrement.
    .consumer = L’appareil vous indique ce qu’il fait par des voyants et des sons, pour que rien ne vous échappe.

ACC-04 = Des notices accessibles à tous
    .requirement = Les notices et instructions sont fournies dans des formats accessibles et en langage clair.
    .rationale = Les conseils de sécurité ne sont utiles que si chacun peut les lire et les comprendre, quelles que soient ses capacités.
    .consumer = Les instructions sont faciles à comprendre et existent dans des formats adaptés aux personnes qui ne peuvent pas lire les petits caractères.

ACC-05 = L’application associée est accessible
    .requirement = L’application associée satisfait au niveau AA ou AAA des Web Content Accessibility Guidelines (WCAG) 2.2.
    .rationale = L’application est souvent le seul moyen de modifier les réglages, d’installer les mises à jour ou de supprimer les données ; si elle n’est pas accessible, ces commandes ne le sont pas non plus.
    .consumer = L’application fonctionne avec les lecteurs d’écran et les autres outils destinés aux personnes handicapées.

ACC-06 = Plusieurs moyens d’obtenir de l’aide
    .requirement = Le fabricant propose au moins 2 canaux d’assistance, tels que le téléphone, le courrier électronique, le chat, le relais texte ou la vidéo en langue des signes.
    .rationale = Aucun canal de contact ne convient à tout le monde ; le choix permet aux clients sourds, aveugles ou moins à l’aise avec le numérique d’obtenir de l’aide.
    .consumer = Vous pouvez obtenir de l’aide de plusieurs façons, par exemple par téléphone ou par e-mail.
