gazetteSearch.words("go",[["gov",0,4],["governor",4]]);
