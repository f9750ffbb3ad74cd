gazetteSearch.words("wh",[["what",2],["who",0]]);
