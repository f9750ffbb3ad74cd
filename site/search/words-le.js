gazetteSearch.words("le",[["lewis",2]]);
