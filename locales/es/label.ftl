# Palabras comunes a todas las capas de la etiqueta.

label-date = { $day } de { $month } de { $year }
label-month-year = { $month } de { $year }
label-month-1 = enero
label-month-2 = febrero
label-month-3 = marzo
label-month-4 = abril
label-month-5 = mayo
label-month-6 = junio
label-month-7 = julio
label-month-8 = agosto
label-month-9 = septiembre
label-month-10 = octubre
label-month-11 = noviembre
label-month-12 = diciembre
