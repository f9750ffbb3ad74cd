gazetteSearch.words("in",[["in",1,2,2],["include",4],["increase",5],["into",4]]);
