# Wörter, die alle Ebenen des Etiketts gemeinsam nutzen.

label-date = { $day }. { $month } { $year }
label-month-year = { $month } { $year }
label-month-1 = Januar
label-month-2 = Februar
label-month-3 = März
label-month-4 = April
label-month-5 = Mai
label-month-6 = Juni
label-month-7 = Juli
label-month-8 = August
label-month-9 = September
label-month-10 = Oktober
label-month-11 = November
label-month-12 = Dezember
