gazetteSearch.words("hi",[["hire",0],["his",0],["historically",2]]);
