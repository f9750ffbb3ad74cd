gazetteSearch.words("bo",[["both",0]]);
