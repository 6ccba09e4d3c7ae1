# ラベルのすべての層で共通に使う語。

label-date = { $year }年{ $monthnumber }月{ $day }日
label-month-year = { $year }年{ $monthnumber }月
label-month-1 = 1月
label-month-2 = 2月
label-month-3 = 3月
label-month-4 = 4月
label-month-5 = 5月
label-month-6 = 6月
label-month-7 = 7月
label-month-8 = 8月
label-month-9 = 9月
label-month-10 = 10月
label-month-11 = 11月
label-month-12 = 12月
