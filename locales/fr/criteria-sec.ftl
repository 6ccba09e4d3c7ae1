# Critères du domaine SEC : sécurité de l’appareil et du logiciel.

SEC-01 = Pas de mot de passe par défaut partagé
    .requirement = Chaque exemplaire est livré avec son propre mot de passe, ou l’utilisateur doit en définir un avant de pouvoir utiliser le produit sur un réseau, ou le produit ne possède aucune interface à mot de passe. Un mot de passe commun à tous les exemplaires d’un modèle n’est jamais autorisé.
    .rationale = Les mots de passe partagés par toute une gamme de produits finissent dans des listes publiques que les attaquants essaient automatiquement ; de telles listes ont alimenté le botnet Mirai.
    .consumer = Votre appareil a son propre mot de passe : personne ne peut le trouver en ligne.

SEC-02 = Des mots de passe uniques vraiment aléatoires
    .requirement = Lorsque chaque exemplaire est livré avec son propre mot de passe, le fabricant le génère à partir d’une source aléatoire cryptographiquement sûre. Il n’est jamais dérivé d’un numéro de série, d’une adresse MAC, d’un compteur ni d’aucune autre valeur qu’un attaquant pourrait connaître ou deviner.
    .rationale = Un mot de passe propre à chaque exemplaire mais calculé à partir d’un identifiant imprimé ou diffusé peut être recalculé pour tous les exemplaires à la fois, ce qui ne le rend pas plus sûr qu’un mot de passe partagé.
    .consumer = Le mot de passe de votre appareil ne peut pas être deviné à partir de son numéro de série.

SEC-03 = Un mot de passe facile à changer
    .requirement = Lorsqu’il est possible de se connecter au produit par le réseau, l’utilisateur peut modifier le mot de passe ou toute autre valeur d’authentification au moyen d’une procédure simple et documentée.
    .rationale = Chacun doit pouvoir remplacer un identifiant qui a fuité, qui a été partagé ou qui est imprimé sur une étiquette visible par d’autres.
    .consumer = Vous pouvez changer le mot de passe de votre appareil quand vous voulez, sans outil particulier.

SEC-04 = Les essais de mots de passe sont bloqués
    .requirement = Lorsqu’il est possible de se connecter au produit par le réseau, celui-ci ralentit, limite ou bloque temporairement les tentatives infructueuses répétées, de sorte qu’il soit impossible en pratique de trouver un identifiant par essais successifs.
    .rationale = Sans limitation, des outils automatisés peuvent essayer des millions de mots de passe sur un appareil accessible depuis le réseau.
    .consumer = Si quelqu’un essaie sans cesse de deviner votre mot de passe, l’appareil l’en empêche.

SEC-05 = Authentification par cryptographie éprouvée
    .requirement = Lorsqu’il est possible de se connecter au produit par le réseau, l’authentification des utilisateurs repose sur des méthodes cryptographiques établies, ayant fait l’objet d’un examen public et adaptées au risque. Aucun schéma maison ni aucun algorithme obsolète n’est utilisé.
    .rationale = Des protocoles d’authentification faibles ou conçus en interne permettent aux attaquants d’intercepter ou de rejouer des identifiants, même lorsque le mot de passe lui-même est robuste.
    .consumer = La connexion à votre appareil est protégée par une sécurité éprouvée, pas par des astuces maison.

SEC-06 = Toutes les connexions sont chiffrées
    .requirement = Toutes les connexions que le produit établit ou accepte sont chiffrées au moyen d’une cryptographie à jour. Lorsque TLS est utilisé, le produit refuse les versions antérieures au minimum fixé par ce critère (TLS 1.2 par défaut).
    .rationale = Les connexions non chiffrées ou obsolètes permettent à quiconque se trouve sur le trajet de lire ou de modifier les commandes, les enregistrements et les identifiants.
    .consumer = Ce qu’envoie votre appareil est brouillé, pour que personne d’autre sur le réseau ne puisse le lire.

SEC-07 = Clés et secrets stockés de façon sûre
    .requirement = Le produit conserve les clés, les mots de passe et les autres paramètres de sécurité dans un stockage protégé, tel qu’un élément sécurisé ou un stockage chiffré, de sorte qu’ils ne puissent pas être facilement lus ou modifiés, même avec un accès physique.
    .rationale = Un attaquant qui extrait les clés d’un appareil peut usurper son identité, déchiffrer son trafic ou prendre le contrôle du compte de son propriétaire.
    .consumer = Les clés secrètes de votre appareil sont bien à l’abri, même si quelqu’un l’ouvre.

SEC-08 = Aucun secret intégré commun aux exemplaires
    .requirement = Le logiciel du produit ne contient aucun mot de passe ni aucune clé codés en dur, et les clés utilisées pour vérifier les mises à jour et protéger les communications sont propres à chaque exemplaire.
    .rationale = Un secret intégré au micrologiciel est le même sur tous les exemplaires ; une fois qu’il a été extrait d’un appareil, tous sont exposés.
    .consumer = Pirater un appareil ne donne pas accès aux clés de tous les autres.

SEC-09 = Réglages de sécurité protégés par authentification
    .requirement = Les réglages ayant une incidence sur la sécurité ne peuvent être modifiés par le réseau qu’après authentification de la personne ou du service qui effectue la modification.
    .rationale = Si n’importe qui sur le réseau peut désactiver les protections ou ajouter des utilisateurs, toutes les autres mesures de sécurité peuvent être annulées à distance.
    .consumer = Personne ne peut modifier les réglages de sécurité de votre appareil par le réseau sans s’identifier.

SEC-10 = Seules les connexions nécessaires sont ouvertes
    .requirement = Le produit désactive les interfaces réseau et radio qu’il n’utilise pas, révèle le moins possible d’informations pertinentes pour la sécurité avant authentification, et exige une authentification pour chaque service réseau qu’il propose par défaut.
    .rationale = Chaque port ouvert, radio inutilisée ou service trop bavard est une porte de plus qu’un attaquant peut essayer.
    .consumer = Votre appareil ne garde ouvertes que les connexions dont il a vraiment besoin.

SEC-11 = Les ports de débogage sont désactivés
    .requirement = Les interfaces de débogage accessibles physiquement, telles que JTAG ou une console série, sont désactivées par logiciel sur les exemplaires vendus aux utilisateurs.
    .rationale = Un port de débogage ouvert donne à quiconque dispose d’un bref accès physique le contrôle total de l’appareil et de ses secrets.
    .consumer = Les ports de maintenance cachés dans votre appareil sont désactivés : ils ne peuvent pas servir à en prendre le contrôle.

SEC-12 = Les données entrantes sont vérifiées
    .requirement = Le logiciel du produit valide toutes les données qu’il reçoit par les interfaces utilisateur, les interfaces de programmation et les réseaux, et rejette les données malformées avant de les traiter.
    .rationale = Les entrées non vérifiées sont à l’origine de nombreuses attaques à distance, des dépassements de tampon aux injections de commandes.
    .consumer = Votre appareil vérifie les données qu’il reçoit, pour que des données piégées ne puissent pas le tromper.

SEC-13 = Sécurisé dès la sortie de la boîte
    .requirement = La configuration du produit à la livraison est sa configuration sécurisée ; l’utilisateur n’a aucun réglage à modifier pour être protégé.
    .rationale = La plupart des gens ne modifient jamais les réglages par défaut ; une protection qu’il faut activer est donc rarement activée.
    .consumer = Votre appareil est sûr dès le déballage : pas besoin de chercher les réglages de sécurité.

SEC-14 = Le logiciel est vérifié au démarrage
    .requirement = À chaque démarrage, le produit vérifie que son logiciel est authentique et non altéré (démarrage sécurisé), et il n’exécute aucun logiciel qui échoue à cette vérification.
    .rationale = Le démarrage sécurisé empêche les logiciels malveillants de survivre à un redémarrage et bloque l’exécution d’un micrologiciel falsifié.
    .consumer = À chaque démarrage, votre appareil vérifie que son logiciel n’a pas été trafiqué.

SEC-15 = Micrologiciel protégé contre l’exploitation
    .requirement = Le micrologiciel est compilé avec au moins le nombre de mesures d’atténuation de l’exploitation fixé par ce critère (trois par défaut), telles que la randomisation de l’espace d’adressage, la mémoire non exécutable et la protection de la pile.
    .rationale = Grâce à ces mesures d’atténuation, de nombreux bugs logiciels qui auraient permis une prise de contrôle totale ne provoquent plus qu’un simple plantage, ce qui laisse le temps de livrer un correctif.
    .consumer = Le logiciel de votre appareil dispose de protections supplémentaires qui rendent les failles de sécurité bien plus difficiles à exploiter.

SEC-16 = Résiste aux attaques et épargne les autres appareils
    .requirement = Le produit résiste aux tentatives de déni de service et s’en rétablit proprement, et il limite les dommages qu’il pourrait causer à d’autres appareils et réseaux, par exemple en restreignant son propre trafic.
    .rationale = Un appareil qui cède sous la charge ne peut pas protéger son propriétaire, et des appareils détournés servent couramment à en submerger d’autres.
    .consumer = Votre appareil continue de fonctionner quand il est inondé de trafic, et il ne peut pas facilement servir à attaquer d’autres appareils.

SEC-17 = Les événements de sécurité sont journalisés
    .requirement = Le produit enregistre les événements pertinents pour la sécurité, tels que les connexions, les échecs de connexion et les modifications de configuration, afin que les attaques puissent être détectées, et l’utilisateur peut refuser cet enregistrement.
    .rationale = Sans trace, personne ne peut savoir si un appareil a été attaqué ; la possibilité de refuser laisse l’utilisateur maître de ce qui est enregistré.
    .consumer = Votre appareil note les activités suspectes pour que les problèmes puissent être repérés, et vous pouvez désactiver cette fonction.

SEC-18 = Données personnelles chiffrées là où elles sont stockées
    .requirement = Les données personnelles que le produit stocke, sur l’appareil et dans le cloud du fabricant, sont chiffrées au repos.
    .rationale = Le chiffrement au repos rend les enregistrements et les informations personnelles illisibles en cas de vol d’un appareil ou d’intrusion dans un serveur.
    .consumer = Vos données sont brouillées là où elles sont conservées : un voleur ne peut pas les lire.

SEC-19 = Connexion en deux étapes disponible
    .requirement = Lorsque le produit nécessite un compte, celui-ci prend en charge l’authentification multifacteur, proposée en option ou imposée.
    .rationale = Un second facteur empêche la plupart des prises de contrôle de comptes qui commencent par un mot de passe volé ou réutilisé.
    .consumer = Vous pouvez protéger votre compte par une seconde étape, comme un code envoyé sur votre téléphone.
