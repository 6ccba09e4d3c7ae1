# Mots communs à toutes les couches de l’étiquette.

label-date = { $day } { $month } { $year }
label-month-year = { $month } { $year }
label-month-1 = janvier
label-month-2 = février
label-month-3 = mars
label-month-4 = avril
label-month-5 = mai
label-month-6 = juin
label-month-7 = juillet
label-month-8 = août
label-month-9 = septembre
label-month-10 = octobre
label-month-11 = novembre
label-month-12 = décembre
