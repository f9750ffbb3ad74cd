gazetteSearch.words("fo",[["focused",4],["for",0,2,2],["force",0,4]]);
