# Words shared by every layer of the consumer label.

## Dates. `label-date` and `label-month-year` take $day, $month (a month
## name from below), $monthnumber and $year; use what the language needs.

label-date = { $day } { $month } { $year }
label-month-year = { $month } { $year }
label-month-1 = January
label-month-2 = February
label-month-3 = March
label-month-4 = April
label-month-5 = May
label-month-6 = June
label-month-7 = July
label-month-8 = August
label-month-9 = September
label-month-10 = October
label-month-11 = November
label-month-12 = December
